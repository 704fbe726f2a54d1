package org.dlnodes.engine.spec;

/** The activation functions a Dense layer can apply to its pre-activation {@code z = x W + b}. */
public enum ActivationType {
    LINEAR, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, SELU, GELU, SOFTPLUS, SOFTSIGN, HARD_SIGMOID, SWISH, SOFTMAX;

    /** Keras' default for the parameter alpha: 0.3 for leaky ReLU's negative slope, 1 for ELU, none otherwise. */
    double defaultAlpha() {
        return switch (this) {
            case LEAKY_RELU -> 0.3;
            case ELU -> 1.0;
            default -> 0.0;
        };
    }
}
