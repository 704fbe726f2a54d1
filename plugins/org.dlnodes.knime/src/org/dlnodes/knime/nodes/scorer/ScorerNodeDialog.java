package org.dlnodes.knime.nodes.scorer;

import org.knime.core.data.DataValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;

/** The Network Scorer's dialog. */
final class ScorerNodeDialog extends DefaultNodeSettingsPane {

    ScorerNodeDialog() {
        final ScorerSettings s = new ScorerSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.truth(), "True column", 0, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.prediction(), "Predicted column", 0,
            DataValue.class));
        addDialogComponent(new DialogComponentBoolean(s.probabilities(), "Use probability columns P (truth=class)"));
    }
}
