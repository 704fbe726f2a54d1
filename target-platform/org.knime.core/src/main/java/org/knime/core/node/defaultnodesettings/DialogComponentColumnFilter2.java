package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's include/exclude column list of a {@link SettingsModelColumnFilter2}. */
public class DialogComponentColumnFilter2 extends LabeledComponent {

    /**
     * @param model the settings model
     * @param inPortIndex the input port whose columns are shown
     */
    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIndex) {
        super(model, "Columns of input " + inPortIndex);
    }
}
