package org.dlnodes.knime.nodes.dropout;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The Dropout Layer's dialog. */
final class DropoutNodeDialog extends DefaultNodeSettingsPane {

    DropoutNodeDialog() {
        addDialogComponent(new DialogComponentNumber(new DropoutSettings().rate(), "Rate", 0.05));
    }
}
