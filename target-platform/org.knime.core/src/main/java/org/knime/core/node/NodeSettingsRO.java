package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in for KNIME's read-only node settings (KNIME 5.11 signatures). */
public interface NodeSettingsRO extends ConfigRO {

    /** @return the sub-settings under the key */
    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;
}
