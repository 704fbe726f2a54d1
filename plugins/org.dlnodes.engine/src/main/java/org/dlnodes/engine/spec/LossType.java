package org.dlnodes.engine.spec;

/** The loss functions, with Keras' definitions; per example they average over the outputs where Keras does. */
public enum LossType {
    MEAN_SQUARED_ERROR(false), MEAN_ABSOLUTE_ERROR(false), HUBER(false), MEAN_SQUARED_LOGARITHMIC_ERROR(false),
    /** Fused with a softmax output, on one-hot (or probability) labels. */
    CATEGORICAL_CROSS_ENTROPY(true),
    /** Fused with a softmax output, on class indices 0..k-1 in one column. */
    SPARSE_CATEGORICAL_CROSS_ENTROPY(true),
    /** Fused with a sigmoid output, on labels 0/1. */
    BINARY_CROSS_ENTROPY(true),
    /** Labels -1/1 (0/1 are mapped to -1/1, as Keras does). */
    HINGE(true), SQUARED_HINGE(true),
    /** One-hot labels. */
    CATEGORICAL_HINGE(true),
    /** Probability labels against a softmax output. */
    KL_DIVERGENCE(true), POISSON(false);

    private final boolean classification;

    LossType(final boolean classification) {
        this.classification = classification;
    }

    /** @return whether the network's output is a class (and class weights may be given) */
    public boolean isClassification() {
        return classification;
    }
}
