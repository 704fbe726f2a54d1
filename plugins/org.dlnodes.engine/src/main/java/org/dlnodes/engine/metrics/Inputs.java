package org.dlnodes.engine.metrics;

/** Checks of the arrays given to the metrics, so that each metric can assume well-formed input. */
final class Inputs {

    /** How far a row of probabilities may be from summing to 1: float32 softmax outputs are off by about 1e-7. */
    private static final double PROBABILITY_SUM_TOLERANCE = 1e-3;

    private Inputs() {
    }

    static void requireRows(final int rows, final String what) {
        if (rows == 0) {
            throw new IllegalArgumentException("No rows to score: " + what + " is empty.");
        }
    }

    static void requireSameLength(final int expected, final int actual, final String what) {
        if (expected != actual) {
            throw new IllegalArgumentException(
                "Lengths differ: " + what + " has " + actual + " entries, expected " + expected + ".");
        }
    }

    static void requireClasses(final int[] classes, final int classCount, final String what) {
        for (int row = 0; row < classes.length; row++) {
            if (classes[row] < 0 || classes[row] >= classCount) {
                throw new IllegalArgumentException("Class index " + classes[row] + " of " + what + " at row " + row
                    + " is out of range: there are " + classCount + " classes (0 to " + (classCount - 1) + ").");
            }
        }
    }

    static void requireFinite(final double[] values, final String what) {
        for (int row = 0; row < values.length; row++) {
            if (!Double.isFinite(values[row])) {
                throw new IllegalArgumentException(
                    "The " + what + " at row " + row + " is " + values[row] + "; only finite numbers can be scored.");
            }
        }
    }

    /** @return the number of classes of rows of class probabilities: the length of the first row, if any */
    static int classCount(final double[][] probabilities) {
        return probabilities.length == 0 ? 0 : probabilities[0].length;
    }

    /** Checks true classes against rows of class probabilities, one column for each of the classes. */
    static void requireClassProbabilities(final int[] trueClasses, final double[][] probabilities,
        final int classCount) {
        requireRows(trueClasses.length, "the true classes");
        requireProbabilities(probabilities, trueClasses.length, classCount);
        requireClasses(trueClasses, classCount, "the true classes");
    }

    private static void requireProbabilities(final double[][] probabilities, final int rows, final int classCount) {
        requireSameLength(rows, probabilities.length, "the rows of class probabilities");
        for (int row = 0; row < rows; row++) {
            requireSameLength(classCount, probabilities[row].length, "the class probabilities of row " + row);
            double sum = 0;
            for (final double p : probabilities[row]) {
                // Written so that NaN fails too.
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException(
                        "Row " + row + " has the class probability " + p + ", outside [0, 1].");
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
                throw new IllegalArgumentException("The class probabilities of row " + row + " sum to " + sum
                    + ", not 1: are the probability columns the model's complete output?");
            }
        }
    }
}
