package org.dlnodes.engine.activation;

import org.dlnodes.engine.spec.ActivationSpec;

/** Makes the activation a spec names. */
public final class Activations {

    private Activations() {
    }

    /** @return a new instance (activations may keep scratch buffers, so layers do not share them) */
    public static Activation create(final ActivationSpec spec) {
        return switch (spec.type()) {
            case LINEAR -> new Identity();
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu(spec.alpha());
            case ELU -> new Elu(spec.alpha());
            case SELU -> new Selu();
            case GELU -> new Gelu();
            case SOFTPLUS -> new Softplus();
            case SOFTSIGN -> new Softsign();
            case HARD_SIGMOID -> new HardSigmoid();
            case SWISH -> new Swish();
            case SOFTMAX -> new Softmax();
        };
    }
}
