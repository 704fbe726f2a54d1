package org.dlnodes.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The scores of a regression model with one or more outputs. Immutable.
 *
 * @param perOutput the scores of each output, in the order of the outputs
 * @param average the uniform mean of the per-output scores, metric by metric (scikit-learn's
 *            {@code multioutput="uniform_average"}; for max error this is the mean of the outputs' maxima); NaN when
 *            the metric is NaN for an output
 */
public record RegressionReport(List<RegressionScores> perOutput, RegressionScores average) {

    public RegressionReport {
        perOutput = List.copyOf(perOutput);
        Objects.requireNonNull(average, "average");
    }

    /**
     * Scores the predictions of several outputs.
     *
     * @param outputs the names of the outputs
     * @param actual the targets, {@code [row][output]}
     * @param predicted the predictions, {@code [row][output]}
     * @return the scores of each output and their average
     * @throws IllegalArgumentException when there are no outputs or no rows, the numbers of rows or of outputs
     *             differ, or a value is not finite
     */
    public static RegressionReport of(final List<String> outputs, final double[][] actual,
        final double[][] predicted) {
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("No regression outputs given.");
        }
        Inputs.requireRows(actual.length, "the targets");
        Inputs.requireSameLength(actual.length, predicted.length, "the rows of predictions");
        final List<RegressionScores> perOutput = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            perOutput.add(RegressionScores.of(outputs.get(k), column(actual, k, outputs.size(), "targets"),
                column(predicted, k, outputs.size(), "predictions")));
        }
        return averaging(perOutput);
    }

    /**
     * Scores the predictions of a single output.
     *
     * @param output the name of the output
     * @param actual the targets
     * @param predicted the predictions, row by row
     * @return the scores of the output, and the same values as the average
     * @throws IllegalArgumentException see {@link RegressionScores#of(String, double[], double[])}
     */
    public static RegressionReport of(final String output, final double[] actual, final double[] predicted) {
        return averaging(List.of(RegressionScores.of(output, actual, predicted)));
    }

    private static RegressionReport averaging(final List<RegressionScores> perOutput) {
        return new RegressionReport(perOutput,
            new RegressionScores("average", mean(perOutput, RegressionScores::meanSquaredError),
                mean(perOutput, RegressionScores::rootMeanSquaredError),
                mean(perOutput, RegressionScores::meanAbsoluteError),
                mean(perOutput, RegressionScores::meanAbsolutePercentageError), mean(perOutput, RegressionScores::r2),
                mean(perOutput, RegressionScores::maxError)));
    }

    private static double[] column(final double[][] rows, final int k, final int outputCount, final String what) {
        final double[] column = new double[rows.length];
        for (int row = 0; row < rows.length; row++) {
            Inputs.requireSameLength(outputCount, rows[row].length, "row " + row + " of the " + what);
            column[row] = rows[row][k];
        }
        return column;
    }

    private static double mean(final List<RegressionScores> perOutput,
        final ToDoubleFunction<RegressionScores> metric) {
        return perOutput.stream().mapToDouble(metric).average().orElseThrow();
    }
}
