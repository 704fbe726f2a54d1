package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Stand-in for KNIME's read access to a config tree with sub-configs (KNIME 5.11 signatures). */
public interface ConfigRO extends ConfigBaseRO, Iterable<String> {

    /** @return the sub-config under the key */
    Config getConfig(String key) throws InvalidSettingsException;
}
