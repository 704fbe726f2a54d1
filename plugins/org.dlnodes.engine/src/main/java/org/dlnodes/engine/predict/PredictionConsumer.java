package org.dlnodes.engine.predict;

/** Receives predictions batch by batch, e.g. to append them to the rows of a table as they come. */
@FunctionalInterface
public interface PredictionConsumer {

    /**
     * @param firstRow the index of the batch's first row in the data
     * @param outputs per row, the network's outputs: class probabilities (for a single sigmoid unit the probability
     *            of class 1; for a hinge loss scores) or regression values
     * @param classes per row, the predicted class index; null for regression
     */
    void accept(int firstRow, float[][] outputs, int[] classes);
}
