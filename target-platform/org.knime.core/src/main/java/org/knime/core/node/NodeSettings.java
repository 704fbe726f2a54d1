package org.knime.core.node;

import org.knime.core.node.config.Config;

/** Stand-in for KNIME's node settings: a config tree that really stores and returns values. */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    /** @param key the key of these settings */
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    protected NodeSettings getInstance(final String key) {
        return new NodeSettings(key);
    }

    @Override
    public NodeSettingsRO getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfig(key);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        settings.copyTo(addNodeSettings(settings.getKey()));
    }
}
