package org.dlnodes.knime.nodes.optimizer;

import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.spec.ScheduleType;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.DialogRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/**
 * The Optimizer node's dialog. Choosing another optimizer fills in its Keras defaults; the choice is added first
 * because components load in the order they were added, so loading saved settings restores the saved values last.
 */
final class OptimizerNodeDialog extends DefaultNodeSettingsPane {

    OptimizerNodeDialog() {
        final OptimizerSettings s = new OptimizerSettings();
        addDialogComponent(new DialogComponentStringSelection(s.type(), "Optimizer",
            BuilderSettings.choices(OptimizerType.class)));
        s.type().addChangeListener(e -> s.applyKerasDefaults());
        addDialogComponent(new DialogComponentNumber(s.learningRate(), "Learning rate", 0.0001));
        addDialogComponent(new DialogComponentNumber(s.momentum(), "Momentum", 0.01));
        addDialogComponent(new DialogComponentNumber(s.beta1(), "Beta 1", 0.01));
        addDialogComponent(new DialogComponentNumber(s.beta2(), "Beta 2", 0.001));
        addDialogComponent(new DialogComponentNumber(s.rho(), "Rho", 0.01));
        addDialogComponent(new DialogComponentBoolean(s.centered(), "Centered (RMSProp)"));
        addDialogComponent(new DialogComponentNumber(s.initialAccumulator(), "Initial accumulator (AdaGrad)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.epsilon(), "Epsilon", 1e-7));
        createNewTab("Clipping and schedule");
        addDialogComponent(new DialogComponentNumber(s.clipNorm(), "Clip gradient norm (0 for none)", 0.1));
        addDialogComponent(new DialogComponentNumber(s.clipValue(), "Clip gradient values (0 for none)", 0.1));
        addDialogComponent(new DialogComponentStringSelection(s.schedule(), "Learning-rate schedule",
            BuilderSettings.choices(ScheduleType.class)));
        addDialogComponent(new DialogComponentNumber(s.scheduleSteps(), "Decay steps", 100));
        addDialogComponent(new DialogComponentNumber(s.scheduleRate(), "Decay rate", 0.01));
        addDialogComponent(new DialogComponentNumber(s.scheduleAlpha(), "Final fraction (cosine)", 0.01));
        DialogRules.enableWhen(s.type(), OptimizerSettings.WITH_MOMENTUM, s.momentum());
        DialogRules.enableWhen(s.type(), OptimizerSettings.WITH_BETAS, s.beta1(), s.beta2());
        DialogRules.enableWhen(s.type(), OptimizerSettings.WITH_RHO, s.rho());
        DialogRules.enableWhen(s.type(), OptimizerSettings.WITH_CENTERED, s.centered());
        DialogRules.enableWhen(s.type(), OptimizerSettings.WITH_ACCUMULATOR, s.initialAccumulator());
        DialogRules.enableWhen(s.schedule(), OptimizerSettings.DECAYING, s.scheduleSteps());
        DialogRules.enableWhen(s.schedule(), OptimizerSettings.WITH_RATE, s.scheduleRate());
        DialogRules.enableWhen(s.schedule(), OptimizerSettings.WITH_ALPHA, s.scheduleAlpha());
    }
}
