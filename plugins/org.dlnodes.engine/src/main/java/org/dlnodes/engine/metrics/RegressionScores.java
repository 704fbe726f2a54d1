package org.dlnodes.engine.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The errors of one regression output, with residuals {@code e_i = y_i - yhat_i} over n rows.
 *
 * @param output the name of the output, or {@code "average"} for the mean over the outputs
 * @param meanSquaredError {@code sum e_i^2 / n}
 * @param rootMeanSquaredError the square root of the mean squared error
 * @param meanAbsoluteError {@code sum |e_i| / n}
 * @param meanAbsolutePercentageError {@code sum |e_i / y_i| / n} as a fraction (0.05 is 5 %), as in scikit-learn;
 *            NaN when a target y_i is 0 (scikit-learn divides by machine epsilon instead, giving a meaningless huge
 *            number)
 * @param r2 the coefficient of determination {@code 1 - sum e_i^2 / sum (y_i - mean y)^2}; NaN when the targets
 *            are constant
 * @param maxError {@code max |e_i|}
 */
public record RegressionScores(String output, double meanSquaredError, double rootMeanSquaredError,
    double meanAbsoluteError, double meanAbsolutePercentageError, double r2, double maxError) {

    public RegressionScores {
        Objects.requireNonNull(output, "output");
    }

    /**
     * Scores the predictions of one output.
     *
     * @param output the name of the output
     * @param actual the targets
     * @param predicted the predictions, row by row
     * @return the scores
     * @throws IllegalArgumentException when there are no rows, the lengths differ or a value is not finite
     */
    public static RegressionScores of(final String output, final double[] actual, final double[] predicted) {
        Inputs.requireRows(actual.length, "the targets of " + output);
        Inputs.requireSameLength(actual.length, predicted.length, "the predictions of " + output);
        Inputs.requireFinite(actual, "target of " + output);
        Inputs.requireFinite(predicted, "prediction of " + output);
        final int n = actual.length;
        double mean = 0;
        for (final double y : actual) {
            mean += y / n;
        }
        double squaredErrors = 0;
        double absoluteErrors = 0;
        double relativeErrors = 0;
        double maxError = 0;
        double totalSquares = 0;
        boolean zeroTarget = false;
        boolean constantTargets = true;
        for (int i = 0; i < n; i++) {
            final double error = Math.abs(actual[i] - predicted[i]);
            squaredErrors += error * error;
            absoluteErrors += error;
            relativeErrors += error / Math.abs(actual[i]);
            maxError = Math.max(maxError, error);
            totalSquares += (actual[i] - mean) * (actual[i] - mean);
            zeroTarget |= actual[i] == 0;
            // Tested directly: rounding in the mean can leave a tiny total of squares for constant targets.
            constantTargets &= actual[i] == actual[0];
        }
        final double mse = squaredErrors / n;
        return new RegressionScores(output, mse, Math.sqrt(mse), absoluteErrors / n,
            zeroTarget ? Double.NaN : relativeErrors / n,
            constantTargets ? Double.NaN : 1 - squaredErrors / totalSquares, maxError);
    }

    /** @return the scores as named values, in the order a Scorer table shows them */
    public List<MetricValue> metrics() {
        return List.of(new MetricValue("mean squared error", meanSquaredError),
            new MetricValue("root mean squared error", rootMeanSquaredError),
            new MetricValue("mean absolute error", meanAbsoluteError),
            new MetricValue("mean absolute percentage error", meanAbsolutePercentageError),
            new MetricValue("R^2", r2), new MetricValue("max error", maxError));
    }
}
