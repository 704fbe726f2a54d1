package org.dlnodes.knime.nodes.learner;

import org.dlnodes.knime.backend.ComputeStart;
import org.knime.core.data.DataValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The Network Learner's dialog: columns and training, early stopping, learning rate, compute. */
final class LearnerNodeDialog extends DefaultNodeSettingsPane {

    LearnerNodeDialog() {
        final LearnerSettings s = new LearnerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.target(), "Target column", 1, DataValue.class));
        addDialogComponent(new DialogComponentString(s.moreTargetColumns(),
            "Further numeric targets (regression; names, comma-separated)"));
        addDialogComponent(new DialogComponentColumnFilter2(s.features(), 1));
        addDialogComponent(new DialogComponentNumber(s.epochs(), "Epochs", 1));
        addDialogComponent(new DialogComponentNumber(s.batchSize(), "Batch size", 8));
        addDialogComponent(new DialogComponentBoolean(s.shuffle(), "Shuffle rows every epoch"));
        addDialogComponent(new DialogComponentNumber(s.seed(), "Seed", 1));
        addDialogComponent(new DialogComponentNumber(s.validationFraction(),
            "Validation fraction (without validation table)", 0.05));
        addDialogComponent(new DialogComponentBoolean(s.standardize(), "Standardize features"));
        addDialogComponent(new DialogComponentStringSelection(s.missing(), "Missing values",
            LearnerSettings.MISSING_CHOICES));
        addDialogComponent(new DialogComponentBoolean(s.terminateOnNaN(), "Terminate on NaN (fail the node)"));

        createNewTab("Early stopping");
        addDialogComponent(new DialogComponentBoolean(s.earlyStopping(), "Stop early"));
        addDialogComponent(new DialogComponentString(s.esMonitor(), "Monitor"));
        addDialogComponent(new DialogComponentNumber(s.esMinDelta(), "Minimum change", 0.001));
        addDialogComponent(new DialogComponentNumber(s.esPatience(), "Patience (epochs)", 1));
        addDialogComponent(new DialogComponentStringSelection(s.esMode(), "Mode", LearnerSettings.MODE_CHOICES));
        addDialogComponent(new DialogComponentBoolean(s.esUseBaseline(), "Use a baseline"));
        addDialogComponent(new DialogComponentNumber(s.esBaseline(), "Baseline", 0.01));
        addDialogComponent(new DialogComponentBoolean(s.esRestoreBest(), "Restore the best epoch's weights"));
        addDialogComponent(new DialogComponentNumber(s.esStartFromEpoch(), "Warm-up epochs", 1));

        createNewTab("Learning rate");
        addDialogComponent(new DialogComponentBoolean(s.reduceLr(), "Reduce the learning rate on a plateau"));
        addDialogComponent(new DialogComponentString(s.rlrMonitor(), "Monitor"));
        addDialogComponent(new DialogComponentNumber(s.rlrFactor(), "Factor", 0.05));
        addDialogComponent(new DialogComponentNumber(s.rlrPatience(), "Patience (epochs)", 1));
        addDialogComponent(new DialogComponentStringSelection(s.rlrMode(), "Mode", LearnerSettings.MODE_CHOICES));
        addDialogComponent(new DialogComponentNumber(s.rlrMinDelta(), "Minimum change", 0.0001));
        addDialogComponent(new DialogComponentNumber(s.rlrCooldown(), "Cooldown (epochs)", 1));
        addDialogComponent(new DialogComponentNumber(s.rlrMinLr(), "Minimum learning rate", 0.0001));

        createNewTab("Compute");
        addDialogComponent(new DialogComponentStringSelection(s.backend(), "Backend", ComputeStart.settingChoices()));
        addDialogComponent(new DialogComponentNumber(s.threads(), "Threads (0 = default)", 1));
        addDialogComponent(new DialogComponentNumber(s.blasThreads(), "BLAS threads (0 = default)", 1));
        addDialogComponent(new DialogComponentNumber(s.workThreads(), "Work threads (0 = default)", 1));
    }
}
