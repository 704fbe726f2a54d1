package org.knime.core.node.defaultnodesettings;

import javax.swing.JLabel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** What the stand-in's dialog components share: a label, and no widget whose value could differ from the model. */
abstract class LabeledComponent extends DialogComponent {

    private final JLabel m_label;

    LabeledComponent(final SettingsModel model, final String label) {
        super(model);
        m_label = new JLabel(label);
        getComponentPanel().add(m_label);
    }

    @Override
    protected void updateComponent() {
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model holds the value
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
        // any input
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
