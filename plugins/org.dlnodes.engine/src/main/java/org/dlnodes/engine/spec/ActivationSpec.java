package org.dlnodes.engine.spec;

/**
 * An activation function with its parameter.
 *
 * @param type the function
 * @param alpha the negative slope of leaky ReLU, the saturation value of ELU; 0 and ignored for the others
 */
public record ActivationSpec(ActivationType type, double alpha) {

    /** @return the activation with Keras' default parameter */
    public static ActivationSpec of(final ActivationType type) {
        return new ActivationSpec(type, type.defaultAlpha());
    }

    @Override
    public String toString() {
        return alpha == 0.0 ? type.name().toLowerCase() : type.name().toLowerCase() + "(" + alpha + ")";
    }
}
