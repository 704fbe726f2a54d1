package org.dlnodes.knime.nodes.predictor;

import org.dlnodes.knime.backend.ComputeStart;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The Network Predictor's dialog. */
final class PredictorNodeDialog extends DefaultNodeSettingsPane {

    PredictorNodeDialog() {
        final PredictorSettings s = new PredictorSettings();
        addDialogComponent(new DialogComponentBoolean(s.probabilities(), "Append class probabilities"));
        addDialogComponent(new DialogComponentNumber(s.batchSize(), "Batch size", 256));
        addDialogComponent(new DialogComponentStringSelection(s.backend(), "Backend", ComputeStart.settingChoices()));
    }
}
