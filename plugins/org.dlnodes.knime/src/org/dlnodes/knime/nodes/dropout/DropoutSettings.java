package org.dlnodes.knime.nodes.dropout;

import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

/** The Dropout Layer's settings: the rate, in [0, 1) (the engine rejects 1 with the reason). */
final class DropoutSettings extends BuilderSettings {

    private final SettingsModelDoubleBounded m_rate = number("rate", 0.5, 0, 1);

    SettingsModelDoubleBounded rate() {
        return m_rate;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) {
        return NetworkChain.append(incoming, new DropoutSpec(m_rate.getDoubleValue()));
    }
}
