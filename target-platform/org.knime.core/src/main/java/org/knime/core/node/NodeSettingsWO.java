package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's write-only node settings (KNIME 5.11 signatures). */
public interface NodeSettingsWO extends ConfigWO {

    /** @return new, empty sub-settings under the key */
    NodeSettingsWO addNodeSettings(String key);

    /** @param settings added under their own key */
    void addNodeSettings(NodeSettings settings);
}
