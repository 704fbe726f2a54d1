package org.dlnodes.knime.nodes.scorer;

import org.dlnodes.knime.data.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The Network Scorer's settings: the true and the predicted column, and whether to use probability columns. */
final class ScorerSettings extends SettingsGroup {

    private final SettingsModelString m_truth = text("truth_column", "");

    private final SettingsModelString m_prediction = text("prediction_column", "");

    private final SettingsModelBoolean m_probabilities = flag("use_probabilities", true);

    SettingsModelString truth() {
        return m_truth;
    }

    SettingsModelString prediction() {
        return m_prediction;
    }

    SettingsModelBoolean probabilities() {
        return m_probabilities;
    }
}
