package org.dlnodes.engine.spec;

import java.util.List;

/**
 * A loss function with its parameters.
 *
 * @param type the loss
 * @param delta Huber's threshold between the quadratic and the linear part (Keras' default 1); unused otherwise
 * @param classWeights for classification losses, a weight per class that multiplies each example's loss
 *            (one per output unit, or two, for class 0 and class 1, with a single output unit); empty for none
 */
public record LossSpec(LossType type, double delta, List<Double> classWeights) {

    /** Makes the class weights an unmodifiable copy. */
    public LossSpec {
        classWeights = classWeights == null ? List.of() : List.copyOf(classWeights);
    }

    /** @return the loss with Keras' defaults and no class weights */
    public static LossSpec of(final LossType type) {
        return new LossSpec(type, type == LossType.HUBER ? 1.0 : 0.0, List.of());
    }

    /** @return Huber's loss with the given threshold */
    public static LossSpec huber(final double delta) {
        return new LossSpec(LossType.HUBER, delta, List.of());
    }

    /** @return this loss, weighting the examples of each class */
    public LossSpec withClassWeights(final List<Double> weights) {
        return new LossSpec(type, delta, weights);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase() + (type == LossType.HUBER ? "(delta=" + delta + ")" : "")
            + (classWeights.isEmpty() ? "" : ", class weights " + classWeights);
    }
}
