package org.dlnodes.engine.metrics;

/**
 * Precision, recall and F1 of one class taken as the positive class against all others, or their average over
 * the classes.
 *
 * @param label the class label, or the name of the average (e.g. {@code "macro average"})
 * @param precision of the rows predicted as the class, the fraction that belong to it; 0 when none were predicted
 * @param recall of the rows that belong to the class, the fraction predicted as it; 0 when none belong to it
 * @param f1 the harmonic mean of precision and recall; 0 when both are 0
 * @param support how many rows belong to the class (all rows for an average)
 */
public record ClassScores(String label, double precision, double recall, double f1, long support) {

    /**
     * Scores class {@code k} of a confusion matrix.
     *
     * @param matrix the counts
     * @param k the class index
     * @return the scores of the class
     */
    static ClassScores of(final ConfusionMatrix matrix, final int k) {
        final long truePositives = matrix.count(k, k);
        final long predicted = matrix.predicted(k);
        final long actual = matrix.actual(k);
        // F1 = 2PR / (P + R) = 2TP / (2TP + FP + FN), and the count form has no 0/0 when only one of P, R is 0.
        return new ClassScores(matrix.labels().get(k), ratioOrZero(truePositives, predicted),
            ratioOrZero(truePositives, actual), ratioOrZero(2 * truePositives, predicted + actual), actual);
    }

    private static double ratioOrZero(final long numerator, final long denominator) {
        return denominator == 0 ? 0 : (double)numerator / denominator;
    }
}
