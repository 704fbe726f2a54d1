package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** Stand-in for KNIME's config tree whose sub-configs are {@link Config}s of the same class. */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    /** @param key the key of this config */
    protected Config(final String key) {
        super(key);
    }

    @Override
    protected abstract Config getInstance(String key);

    @Override
    public Config getConfig(final String key) throws InvalidSettingsException {
        final ConfigBase child = getConfigBase(key);
        if (!(child instanceof Config config)) {
            throw new InvalidSettingsException("The entry \"" + key + "\" is not a config.");
        }
        return config;
    }

    @Override
    public Config addConfig(final String key) {
        return (Config)addConfigBase(key);
    }
}
