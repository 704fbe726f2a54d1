package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Stand-in for KNIME's write access to a config tree with sub-configs (KNIME 5.11 signatures). */
public interface ConfigWO extends ConfigBaseWO {

    /** @return a new, empty sub-config under the key */
    Config addConfig(String key);
}
