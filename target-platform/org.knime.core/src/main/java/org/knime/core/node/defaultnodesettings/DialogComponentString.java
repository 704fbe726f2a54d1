package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's text field for a string settings model. */
public final class DialogComponentString extends LabeledComponent {

    /**
     * @param stringModel the model
     * @param label the label in front of the field
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        super(stringModel, label);
    }
}
