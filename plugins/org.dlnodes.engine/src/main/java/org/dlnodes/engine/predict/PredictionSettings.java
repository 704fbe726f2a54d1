package org.dlnodes.engine.predict;

import java.util.OptionalDouble;

/**
 * How to predict.
 *
 * @param batchSize rows per forward pass, at least 1
 * @param threshold for two classes: class 1 when the output for class 1 is above it. Empty for the usual one: 0.5
 *            for probabilities, 0 for the scores of a hinge loss. Classifiers with more classes take the most
 *            probable class
 */
public record PredictionSettings(int batchSize, OptionalDouble threshold) {

    public PredictionSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The prediction batch size must be at least 1; got " + batchSize + ".");
        }
        if (threshold == null || threshold.isPresent() && !Double.isFinite(threshold.getAsDouble())) {
            throw new IllegalArgumentException("The classification threshold must be a finite number or absent.");
        }
    }

    /** @return batches of 1024 rows and the usual threshold */
    public static PredictionSettings defaults() {
        return new PredictionSettings(1024, OptionalDouble.empty());
    }

    /** @return these settings with another batch size */
    public PredictionSettings withBatchSize(final int rows) {
        return new PredictionSettings(rows, threshold);
    }

    /** @return these settings with a threshold for two classes */
    public PredictionSettings withThreshold(final double value) {
        return new PredictionSettings(batchSize, OptionalDouble.of(value));
    }
}
