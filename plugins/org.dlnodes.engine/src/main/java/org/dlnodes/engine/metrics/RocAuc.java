package org.dlnodes.engine.metrics;

import java.util.Comparator;
import java.util.stream.IntStream;

/** Area under the ROC curve: the probability that a random positive row is scored above a random negative row. */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * Computes the AUC as the Mann-Whitney U statistic over all pairs of a positive and a negative row, a tie in
     * score counting half. With midranks r of the scores: {@code AUC = (sum of r over positives - P(P+1)/2) / (P N)}.
     *
     * @param positive per row, whether it belongs to the positive class
     * @param scores per row, the score of the positive class (higher means more likely positive)
     * @return the AUC in [0, 1]; NaN when there are no positive or no negative rows
     * @throws IllegalArgumentException when there are no rows, the lengths differ or a score is not finite
     */
    public static double binary(final boolean[] positive, final double[] scores) {
        Inputs.requireRows(positive.length, "the true classes");
        Inputs.requireSameLength(positive.length, scores.length, "the scores");
        Inputs.requireFinite(scores, "score");
        final int[] byScore = IntStream.range(0, scores.length).boxed()
            .sorted(Comparator.comparingDouble(row -> scores[row])).mapToInt(Integer::intValue).toArray();
        long positives = 0;
        double positiveRankSum = 0;
        for (int start = 0, end; start < byScore.length; start = end) {
            end = start + 1;
            while (end < byScore.length && scores[byScore[end]] == scores[byScore[start]]) {
                end++;
            }
            // The tied rows take ranks start + 1 .. end (1-based); each gets their mean.
            final double midrank = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++) {
                if (positive[byScore[i]]) {
                    positives++;
                    positiveRankSum += midrank;
                }
            }
        }
        final long negatives = byScore.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /**
     * Computes the AUC of class probabilities: for two classes the binary AUC of the second class (index 1) as the
     * positive one, for more classes the unweighted mean of each class's AUC against all others (one-vs-rest macro).
     *
     * @param trueClasses the true class index of each row
     * @param probabilities per row, the predicted probability of each class; each row sums to 1
     * @return the AUC; NaN when a class to rank has no positive or no negative rows
     * @throws IllegalArgumentException when there are no rows, fewer than two classes, the lengths differ, a class
     *             index has no probability column, or the probabilities are not probabilities
     */
    public static double of(final int[] trueClasses, final double[][] probabilities) {
        final int classCount = Inputs.classCount(probabilities);
        Inputs.requireClassProbabilities(trueClasses, probabilities, classCount);
        if (classCount < 2) {
            throw new IllegalArgumentException("ROC AUC needs at least two classes, got " + classCount + ".");
        }
        if (classCount == 2) {
            return oneVsRest(trueClasses, probabilities, 1);
        }
        double sum = 0;
        for (int k = 0; k < classCount; k++) {
            sum += oneVsRest(trueClasses, probabilities, k);
        }
        return sum / classCount;
    }

    private static double oneVsRest(final int[] trueClasses, final double[][] probabilities, final int k) {
        final boolean[] positive = new boolean[trueClasses.length];
        final double[] scores = new double[trueClasses.length];
        for (int row = 0; row < trueClasses.length; row++) {
            positive[row] = trueClasses[row] == k;
            scores[row] = probabilities[row][k];
        }
        return binary(positive, scores);
    }
}
