package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in for KNIME's read-only model content (KNIME 5.11 signatures). */
public interface ModelContentRO extends ConfigRO {

    /** @return the sub-content under the key */
    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
