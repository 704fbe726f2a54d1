package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's spinner for an integer or double settings model. */
public class DialogComponentNumber extends LabeledComponent {

    /**
     * @param numberModel the integer or double model
     * @param label the label in front of the spinner
     * @param stepSize the spinner's step
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        super(numberModel, label);
    }

    /**
     * @param numberModel the integer or double model
     * @param label the label in front of the spinner
     * @param stepSize the spinner's step
     * @param compWidth the spinner's width in characters
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        super(numberModel, label);
    }
}
