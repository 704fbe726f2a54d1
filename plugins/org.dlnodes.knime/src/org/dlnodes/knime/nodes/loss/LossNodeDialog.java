package org.dlnodes.knime.nodes.loss;

import java.util.List;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.DialogRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The Loss node's dialog. */
final class LossNodeDialog extends DefaultNodeSettingsPane {

    LossNodeDialog() {
        final LossSettings s = new LossSettings();
        addDialogComponent(
            new DialogComponentStringSelection(s.type(), "Loss", BuilderSettings.choices(LossType.class)));
        addDialogComponent(new DialogComponentNumber(s.delta(), "Delta (Huber)", 0.1));
        addDialogComponent(
            new DialogComponentString(s.classWeights(), "Class weights (comma-separated, empty for none)"));
        DialogRules.enableWhen(s.type(), List.of(BuilderSettings.choice(LossType.HUBER)), s.delta());
    }
}
