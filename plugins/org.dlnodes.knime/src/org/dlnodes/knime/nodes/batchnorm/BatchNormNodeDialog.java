package org.dlnodes.knime.nodes.batchnorm;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The Batch Normalization Layer's dialog. */
final class BatchNormNodeDialog extends DefaultNodeSettingsPane {

    BatchNormNodeDialog() {
        final BatchNormSettings s = new BatchNormSettings();
        addDialogComponent(new DialogComponentNumber(s.momentum(), "Momentum", 0.01));
        addDialogComponent(new DialogComponentNumber(s.epsilon(), "Epsilon", 0.0001));
        addDialogComponent(new DialogComponentBoolean(s.scale(), "Scale (learn gamma)"));
        addDialogComponent(new DialogComponentBoolean(s.center(), "Center (learn beta)"));
    }
}
