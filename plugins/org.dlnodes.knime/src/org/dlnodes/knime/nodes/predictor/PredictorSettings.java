package org.dlnodes.knime.nodes.predictor;

import org.dlnodes.knime.backend.ComputeStart;
import org.dlnodes.knime.data.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The Network Predictor's settings. */
final class PredictorSettings extends SettingsGroup {

    private final SettingsModelBoolean m_probabilities = flag("append_probabilities", true);

    private final SettingsModelIntegerBounded m_batchSize = integer("batch_size", 1024, 1, Integer.MAX_VALUE);

    private final SettingsModelString m_backend = text("backend", ComputeStart.DEFAULT);

    SettingsModelBoolean probabilities() {
        return m_probabilities;
    }

    SettingsModelIntegerBounded batchSize() {
        return m_batchSize;
    }

    SettingsModelString backend() {
        return m_backend;
    }
}
