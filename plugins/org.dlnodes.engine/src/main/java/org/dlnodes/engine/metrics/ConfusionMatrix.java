package org.dlnodes.engine.metrics;

import java.util.List;

/**
 * Counts of rows by true class (rows of the matrix) and predicted class (columns), with the class labels in the
 * order given. Immutable.
 */
public final class ConfusionMatrix {

    private final List<String> labels;

    private final long[][] counts;

    private final long total;

    private ConfusionMatrix(final List<String> labels, final long[][] counts, final long total) {
        this.labels = labels;
        this.counts = counts;
        this.total = total;
    }

    /**
     * Counts the pairs of true and predicted class.
     *
     * @param labels the class labels; class index {@code k} stands for {@code labels.get(k)}
     * @param trueClasses the true class index of each row
     * @param predictedClasses the predicted class index of each row
     * @return the confusion matrix
     * @throws IllegalArgumentException when there are no labels or no rows, the arrays differ in length or a class
     *             index is not one of the labels
     */
    public static ConfusionMatrix of(final List<String> labels, final int[] trueClasses,
        final int[] predictedClasses) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("No class labels given.");
        }
        Inputs.requireRows(trueClasses.length, "the true classes");
        Inputs.requireSameLength(trueClasses.length, predictedClasses.length, "the predicted classes");
        Inputs.requireClasses(trueClasses, labels.size(), "the true classes");
        Inputs.requireClasses(predictedClasses, labels.size(), "the predicted classes");
        final long[][] counts = new long[labels.size()][labels.size()];
        for (int row = 0; row < trueClasses.length; row++) {
            counts[trueClasses[row]][predictedClasses[row]]++;
        }
        return new ConfusionMatrix(List.copyOf(labels), counts, trueClasses.length);
    }

    /** @return the class labels, in the order of the rows and columns */
    public List<String> labels() {
        return labels;
    }

    /** @return the number of classes */
    public int classCount() {
        return labels.size();
    }

    /**
     * @param trueClass the row
     * @param predictedClass the column
     * @return how many rows of class {@code trueClass} were predicted as {@code predictedClass}
     */
    public long count(final int trueClass, final int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** @return the number of rows scored */
    public long total() {
        return total;
    }

    /** @return how many rows were predicted as their true class (the sum of the diagonal) */
    public long correct() {
        long correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
        }
        return correct;
    }

    /** @return how many rows truly belong to the class (its support, the sum of its row) */
    public long actual(final int trueClass) {
        long sum = 0;
        for (final long count : counts[trueClass]) {
            sum += count;
        }
        return sum;
    }

    /** @return how many rows were predicted as the class (the sum of its column) */
    public long predicted(final int predictedClass) {
        long sum = 0;
        for (final long[] row : counts) {
            sum += row[predictedClass];
        }
        return sum;
    }
}
