package org.dlnodes.engine.predict;

import java.util.Arrays;

/**
 * The predictions for all rows of some data.
 *
 * @param outputs per row, the network's outputs (see {@link PredictionConsumer#accept})
 * @param classes per row, the predicted class index; empty for regression
 */
public record Prediction(float[][] outputs, int[] classes) {

    /**
     * @return per row, the probability of each class: the outputs, or {@code [1 - p, p]} for a single sigmoid unit,
     *         as doubles for the metrics
     */
    public double[][] classProbabilities() {
        return Arrays.stream(outputs).map(row -> {
            if (row.length == 1) {
                return new double[] {1 - row[0], row[0]};
            }
            final double[] probabilities = new double[row.length];
            for (int k = 0; k < row.length; k++) {
                probabilities[k] = row[k];
            }
            return probabilities;
        }).toArray(double[][]::new);
    }
}
