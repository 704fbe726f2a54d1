package org.dlnodes.knime.nodes.input;

import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;

/** The Input Layer's settings: the input size is taken from the Learner's feature columns, or fixed. */
final class InputSettings extends BuilderSettings {

    private final SettingsModelBoolean m_fixedSize = flag("fixed_input_size", false);

    private final SettingsModelIntegerBounded m_inputSize =
        integer("input_size", 10, 1, Integer.MAX_VALUE);

    SettingsModelBoolean fixedSize() {
        return m_fixedSize;
    }

    SettingsModelIntegerBounded inputSize() {
        return m_inputSize;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) {
        return NetworkChain.start(m_fixedSize.getBooleanValue() ? m_inputSize.getIntValue() : NetworkSpec.INFERRED);
    }
}
