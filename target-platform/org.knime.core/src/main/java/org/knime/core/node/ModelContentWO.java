package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's write-only model content (KNIME 5.11 signatures). */
public interface ModelContentWO extends ConfigWO {

    /** @return new, empty sub-content under the key */
    ModelContentWO addModelContent(String key);

    /** @param modelContent added under its own key */
    void addModelContent(ModelContent modelContent);
}
