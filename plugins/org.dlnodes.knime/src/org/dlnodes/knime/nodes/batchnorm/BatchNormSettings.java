package org.dlnodes.knime.nodes.batchnorm;

import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

/** The Batch Normalization Layer's settings, Keras' defaults. */
final class BatchNormSettings extends BuilderSettings {

    private static final BatchNormSpec DEFAULTS = BatchNormSpec.defaults();

    private final SettingsModelDoubleBounded m_momentum =
        number("momentum", DEFAULTS.momentum(), 0, 1);

    private final SettingsModelDoubleBounded m_epsilon =
        number("epsilon", DEFAULTS.epsilon(), 0, Double.MAX_VALUE);

    private final SettingsModelBoolean m_scale = flag("scale", DEFAULTS.scale());

    private final SettingsModelBoolean m_center = flag("center", DEFAULTS.center());

    SettingsModelDoubleBounded momentum() {
        return m_momentum;
    }

    SettingsModelDoubleBounded epsilon() {
        return m_epsilon;
    }

    SettingsModelBoolean scale() {
        return m_scale;
    }

    SettingsModelBoolean center() {
        return m_center;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) {
        return NetworkChain.append(incoming, new BatchNormSpec(m_momentum.getDoubleValue(),
            m_epsilon.getDoubleValue(), m_scale.getBooleanValue(), m_center.getBooleanValue()));
    }
}
