package org.dlnodes.knime.nodes.dense;

import java.util.List;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.InitializerType;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.DialogRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/**
 * The Dense Layer's dialog; parameters of a choice are enabled only where they count, and choosing leaky ReLU or
 * ELU fills in Keras' alpha.
 */
final class DenseNodeDialog extends DefaultNodeSettingsPane {

    DenseNodeDialog() {
        final DenseSettings s = new DenseSettings();
        addDialogComponent(new DialogComponentNumber(s.units(), "Units", 1));
        addDialogComponent(new DialogComponentStringSelection(s.activation(), "Activation",
            BuilderSettings.choices(ActivationType.class)));
        // added before alpha's component, so that loading settings restores the saved alpha after this default
        s.activation().addChangeListener(e -> s.applyKerasAlpha());
        addDialogComponent(new DialogComponentNumber(s.alpha(), "Alpha (leaky ReLU slope, ELU saturation)", 0.1));
        createNewGroup("Weights");
        addDialogComponent(
            new DialogComponentStringSelection(s.weightInit(), "Initializer", DenseSettings.WEIGHT_INITIALIZERS));
        addDialogComponent(new DialogComponentNumber(s.weightStd(), "Standard deviation (normal)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.weightLow(), "Lower bound (uniform)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.weightHigh(), "Upper bound (uniform)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.l1(), "L1", 0.001));
        addDialogComponent(new DialogComponentNumber(s.l2(), "L2", 0.001));
        createNewGroup("Biases");
        addDialogComponent(
            new DialogComponentStringSelection(s.biasInit(), "Initializer", DenseSettings.BIAS_INITIALIZERS));
        addDialogComponent(new DialogComponentNumber(s.biasValue(), "Constant", 0.1));
        closeCurrentGroup();
        DialogRules.enableWhen(s.activation(), DenseSettings.WITH_ALPHA, s.alpha());
        DialogRules.enableWhen(s.weightInit(), List.of(BuilderSettings.choice(InitializerType.NORMAL)), s.weightStd());
        DialogRules.enableWhen(s.weightInit(), List.of(BuilderSettings.choice(InitializerType.UNIFORM)),
            s.weightLow(), s.weightHigh());
        DialogRules.enableWhen(s.biasInit(), List.of(BuilderSettings.choice(InitializerType.CONSTANT)),
            s.biasValue());
    }
}
