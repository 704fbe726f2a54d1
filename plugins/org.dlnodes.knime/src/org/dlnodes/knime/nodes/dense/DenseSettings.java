package org.dlnodes.knime.nodes.dense;

import java.util.List;

import org.dlnodes.engine.spec.ActivationSpec;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.InitializerSpec;
import org.dlnodes.engine.spec.InitializerType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The Dense Layer's settings, Keras' defaults: Glorot-uniform weights, zero biases, no L1/L2. */
final class DenseSettings extends BuilderSettings {

    /** The activations whose parameter alpha is a setting. */
    static final List<String> WITH_ALPHA = choices(ActivationType.LEAKY_RELU, ActivationType.ELU);

    /** Weights initialized to a constant would all learn the same, so only random initializers are offered. */
    static final List<String> WEIGHT_INITIALIZERS = choices(InitializerType.class).stream()
        .filter(c -> !c.equals(choice(InitializerType.ZEROS)) && !c.equals(choice(InitializerType.CONSTANT)))
        .toList();

    static final List<String> BIAS_INITIALIZERS = choices(InitializerType.ZEROS, InitializerType.CONSTANT);

    private final SettingsModelIntegerBounded m_units =
        integer("units", 16, 1, Integer.MAX_VALUE);

    private final SettingsModelString m_activation =
        text("activation", choice(ActivationType.RELU));

    private final SettingsModelDoubleBounded m_alpha =
        number("activation_alpha", 0.3, 0, Double.MAX_VALUE);

    private final SettingsModelString m_weightInit =
        text("weight_initializer", choice(InitializerType.GLOROT_UNIFORM));

    private final SettingsModelDoubleBounded m_weightStd =
        number("weight_normal_std", 0.05, 0, Double.MAX_VALUE);

    private final SettingsModelDoubleBounded m_weightLow =
        number("weight_uniform_low", -0.05, -Double.MAX_VALUE, Double.MAX_VALUE);

    private final SettingsModelDoubleBounded m_weightHigh =
        number("weight_uniform_high", 0.05, -Double.MAX_VALUE, Double.MAX_VALUE);

    private final SettingsModelString m_biasInit =
        text("bias_initializer", choice(InitializerType.ZEROS));

    private final SettingsModelDoubleBounded m_biasValue =
        number("bias_constant", 0, -Double.MAX_VALUE, Double.MAX_VALUE);

    private final SettingsModelDoubleBounded m_l1 = number("l1", 0, 0, Double.MAX_VALUE);

    private final SettingsModelDoubleBounded m_l2 = number("l2", 0, 0, Double.MAX_VALUE);

    /** Sets alpha to Keras' default of the chosen activation (0.3 for leaky ReLU, 1 for ELU), as the dialog does. */
    void applyKerasAlpha() {
        try {
            final ActivationType type = parse(m_activation, ActivationType.class, "Activation");
            if (WITH_ALPHA.contains(choice(type))) {
                m_alpha.setDoubleValue(ActivationSpec.of(type).alpha());
            }
        } catch (InvalidSettingsException e) {
            // an unknown activation keeps alpha; configure reports it
        }
    }

    SettingsModelIntegerBounded units() {
        return m_units;
    }

    SettingsModelString activation() {
        return m_activation;
    }

    SettingsModelDoubleBounded alpha() {
        return m_alpha;
    }

    SettingsModelString weightInit() {
        return m_weightInit;
    }

    SettingsModelDoubleBounded weightStd() {
        return m_weightStd;
    }

    SettingsModelDoubleBounded weightLow() {
        return m_weightLow;
    }

    SettingsModelDoubleBounded weightHigh() {
        return m_weightHigh;
    }

    SettingsModelString biasInit() {
        return m_biasInit;
    }

    SettingsModelDoubleBounded biasValue() {
        return m_biasValue;
    }

    SettingsModelDoubleBounded l1() {
        return m_l1;
    }

    SettingsModelDoubleBounded l2() {
        return m_l2;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) throws InvalidSettingsException {
        final ActivationType type = parse(m_activation, ActivationType.class, "Activation");
        final ActivationSpec activation = WITH_ALPHA.contains(choice(type))
            ? new ActivationSpec(type, m_alpha.getDoubleValue()) : ActivationSpec.of(type);
        return NetworkChain.append(incoming, new DenseSpec(m_units.getIntValue(), activation, weights(), biases(),
            m_l1.getDoubleValue(), m_l2.getDoubleValue()));
    }

    private InitializerSpec weights() throws InvalidSettingsException {
        final InitializerType type = parse(m_weightInit, InitializerType.class, "Weight initializer");
        return switch (type) {
            case NORMAL -> InitializerSpec.normal(m_weightStd.getDoubleValue());
            case UNIFORM -> InitializerSpec.uniform(m_weightLow.getDoubleValue(), m_weightHigh.getDoubleValue());
            default -> InitializerSpec.of(type);
        };
    }

    private InitializerSpec biases() throws InvalidSettingsException {
        final InitializerType type = parse(m_biasInit, InitializerType.class, "Bias initializer");
        return type == InitializerType.CONSTANT ? InitializerSpec.constant(m_biasValue.getDoubleValue())
            : InitializerSpec.of(type);
    }
}
