package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's dialog component: a panel showing one settings model, which it loads and saves. The
 * stand-in's components show a label only; what they save is the model's value.
 */
public abstract class DialogComponent {

    private final JPanel m_panel = new JPanel();

    private final SettingsModel m_model;

    /** @param model the settings model the component shows */
    public DialogComponent(final SettingsModel model) {
        m_model = model;
    }

    /** @return the panel with the component */
    public final JPanel getComponentPanel() {
        return m_panel;
    }

    /** @return the settings model the component shows */
    public final SettingsModel getModel() {
        return m_model;
    }

    /**
     * @param settings to load the model's value from
     * @param specs the input specs
     * @throws NotConfigurableException if the component cannot show these specs
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        checkConfigurabilityBeforeLoad(specs);
        m_model.dlgLoadSettingsFrom(settings, specs);
        updateComponent();
    }

    /**
     * @param settings to save the model's value into
     * @throws InvalidSettingsException if the entered value is invalid
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        validateSettingsBeforeSave();
        m_model.dlgSaveSettingsTo(settings);
    }

    protected abstract void updateComponent();

    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs) throws NotConfigurableException;

    protected abstract void setEnabledComponents(boolean enabled);

    /** @param text the tooltip */
    public abstract void setToolTipText(String text);
}
