package org.dlnodes.engine.spec;

/**
 * Batch normalization: {@code y = gamma (x - mean) / sqrt(var + epsilon) + beta} with the batch's mean and (biased)
 * variance in training and the running ones at inference; the running statistics decay as
 * {@code running = momentum * running + (1 - momentum) * batch}, as in Keras.
 *
 * @param momentum the decay of the running statistics, in [0, 1)
 * @param epsilon added to the variance, &gt; 0
 * @param scale whether gamma is learnt (else 1)
 * @param center whether beta is learnt (else 0)
 */
public record BatchNormSpec(double momentum, double epsilon, boolean scale, boolean center) implements LayerSpec {

    /** @return Keras' defaults: momentum 0.99, epsilon 0.001, learnt gamma and beta */
    public static BatchNormSpec defaults() {
        return new BatchNormSpec(0.99, 1e-3, true, true);
    }

    @Override
    public String kind() {
        return "BatchNorm";
    }

    @Override
    public String description() {
        return "BatchNorm(momentum=" + momentum + ", epsilon=" + epsilon + (scale ? "" : ", no scale")
            + (center ? "" : ", no center") + ")";
    }

    @Override
    public int outputSize(final int inputSize) {
        return inputSize;
    }

    @Override
    public long trainableParameters(final int inputSize) {
        return ((scale ? 1L : 0L) + (center ? 1L : 0L)) * inputSize;
    }

    @Override
    public long nonTrainableParameters(final int inputSize) {
        return 2L * inputSize;
    }
}
