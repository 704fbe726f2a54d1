package org.dlnodes.engine.spec;

/** How the weights or biases of a Dense layer are drawn; fan-in and fan-out are the layer's input and output sizes. */
public enum InitializerType {
    /** All zero (biases only). */
    ZEROS,
    /** All equal to {@code a} (biases only). */
    CONSTANT,
    /** Normal with mean 0 and standard deviation {@code a}. */
    NORMAL,
    /** Uniform on [{@code a}, {@code b}). */
    UNIFORM,
    /** Normal with standard deviation sqrt(1 / fan-in). */
    LECUN_NORMAL,
    /** Uniform on ±sqrt(3 / fan-in). */
    LECUN_UNIFORM,
    /** Normal with standard deviation sqrt(2 / (fan-in + fan-out)). */
    GLOROT_NORMAL,
    /** Uniform on ±sqrt(6 / (fan-in + fan-out)). */
    GLOROT_UNIFORM,
    /** Normal with standard deviation sqrt(2 / fan-in), for ReLU. */
    HE_NORMAL,
    /** Uniform on ±sqrt(6 / fan-in), for ReLU. */
    HE_UNIFORM;

    /** @return true for the initializers that give every element the same value */
    public boolean isConstant() {
        return this == ZEROS || this == CONSTANT;
    }
}
