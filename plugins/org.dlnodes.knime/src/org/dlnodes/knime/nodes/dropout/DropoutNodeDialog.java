package org.dlnodes.knime.nodes.dropout;

import org.dlnodes.knime.nodes.DialogRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The Dropout Layer's dialog. */
final class DropoutNodeDialog extends DefaultNodeSettingsPane {

    DropoutNodeDialog() {
        final DropoutSettings settings = new DropoutSettings();
        addDialogComponent(new DialogComponentNumber(settings.rate(), "Rate", 0.05));
        addDialogComponent(new DialogComponentBoolean(settings.useSeed(), "Fixed seed for this layer"));
        addDialogComponent(new DialogComponentNumber(settings.seed(), "Seed", 1));
        DialogRules.enableWhen(settings.useSeed(), settings.seed());
    }
}
