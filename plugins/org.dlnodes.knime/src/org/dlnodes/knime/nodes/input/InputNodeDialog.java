package org.dlnodes.knime.nodes.input;

import org.dlnodes.knime.nodes.DialogRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The Input Layer's dialog. */
final class InputNodeDialog extends DefaultNodeSettingsPane {

    InputNodeDialog() {
        final InputSettings settings = new InputSettings();
        addDialogComponent(new DialogComponentBoolean(settings.fixedSize(),
            "Fixed input size (else the number of the Learner's feature columns)"));
        addDialogComponent(new DialogComponentNumber(settings.inputSize(), "Input size", 1));
        DialogRules.enableWhen(settings.fixedSize(), settings.inputSize());
    }
}
