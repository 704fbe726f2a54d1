package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's check box for a boolean settings model. */
public final class DialogComponentBoolean extends LabeledComponent {

    /**
     * @param booleanModel the model
     * @param label the check box's label
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel, label);
    }
}
