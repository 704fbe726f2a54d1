package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.List;

import javax.swing.JLabel;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's combo box choosing a column of an input table for a string settings model. */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private final JLabel m_label;

    private final int m_specIndex;

    private final List<Class<? extends DataValue>> m_typeList;

    /**
     * @param model the model holding the column name
     * @param label the label in front of the combo box
     * @param specIndex the input port whose columns are listed
     * @param classFilter the value classes a listed column must be compatible with (one of them)
     */
    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        super(model);
        m_label = new JLabel(label);
        getComponentPanel().add(m_label);
        m_specIndex = specIndex;
        m_typeList = Arrays.asList(classFilter);
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || specs.length <= m_specIndex || !(specs[m_specIndex] instanceof DataTableSpec spec)) {
            throw new NotConfigurableException("Need input table spec to configure dialog. Configure or execute"
                + " predecessor nodes.");
        }
        for (final DataColumnSpec column : spec) {
            if (m_typeList.stream().anyMatch(column.getType()::isCompatible)) {
                return;
            }
        }
        throw new NotConfigurableException("No column in spec compatible to " + m_typeList + ".");
    }

    @Override
    protected void updateComponent() {
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model holds the column name
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_label.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_label.setToolTipText(text);
    }
}
