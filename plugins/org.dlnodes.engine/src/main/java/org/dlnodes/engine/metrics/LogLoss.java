package org.dlnodes.engine.metrics;

/** Cross-entropy of predicted class probabilities against the true classes (log loss). */
public final class LogLoss {

    /**
     * Probabilities are clipped to [EPSILON, 1 - EPSILON] so that a confident wrong prediction (probability 0 for
     * the true class) costs -log(EPSILON), about 36, instead of infinity. It is the machine epsilon of double, as in
     * scikit-learn since version 1.3 for double input (before, it was 1e-15).
     */
    public static final double EPSILON = Math.ulp(1.0);

    private LogLoss() {
    }

    /**
     * Computes {@code -1/n * sum over rows of ln(p[row][trueClass[row]])}, with p clipped by {@link #EPSILON}.
     *
     * @param trueClasses the true class index of each row
     * @param probabilities per row, the predicted probability of each class; each row sums to 1
     * @return the mean negative log-likelihood, in nats
     * @throws IllegalArgumentException when there are no rows, the lengths differ, a class index has no probability
     *             column, or a probability is outside [0, 1] or a row does not sum to 1
     */
    public static double of(final int[] trueClasses, final double[][] probabilities) {
        final int classCount = Inputs.classCount(probabilities);
        Inputs.requireClassProbabilities(trueClasses, probabilities, classCount);
        double sum = 0;
        for (int row = 0; row < trueClasses.length; row++) {
            final double p = probabilities[row][trueClasses[row]];
            sum -= Math.log(Math.min(Math.max(p, EPSILON), 1 - EPSILON));
        }
        return sum / trueClasses.length;
    }
}
