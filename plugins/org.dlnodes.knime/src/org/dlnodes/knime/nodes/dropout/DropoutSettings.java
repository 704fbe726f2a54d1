package org.dlnodes.knime.nodes.dropout;

import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;

/**
 * The Dropout Layer's settings: the rate, in [0, 1) (the engine rejects 1 with the reason), and an optional seed of
 * the layer's own; without it the masks follow the Learner's seed.
 */
final class DropoutSettings extends BuilderSettings {

    private final SettingsModelDoubleBounded m_rate = number("rate", 0.5, 0, 1);

    private final SettingsModelBoolean m_useSeed = flag("use_seed", false);

    private final SettingsModelIntegerBounded m_seed = integer("seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);

    SettingsModelDoubleBounded rate() {
        return m_rate;
    }

    SettingsModelBoolean useSeed() {
        return m_useSeed;
    }

    SettingsModelIntegerBounded seed() {
        return m_seed;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) {
        final Long seed = m_useSeed.getBooleanValue() ? Long.valueOf(m_seed.getIntValue()) : null;
        return NetworkChain.append(incoming, new DropoutSpec(m_rate.getDoubleValue(), seed));
    }
}
