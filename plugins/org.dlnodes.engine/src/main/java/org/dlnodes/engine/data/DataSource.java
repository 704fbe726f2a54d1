package org.dlnodes.engine.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Rows of float features with their float targets, read batch by batch, so that training and prediction never need
 * the whole table in memory at once. The targets are in the form the network's loss expects (one-hot rows for
 * categorical cross-entropy, a class index for the sparse one, the values for regression); a source for prediction
 * has no targets ({@link #targetCount()} 0).
 *
 * <p>Implementations must allow several passes at once (training and validation readers, or two trainings in two
 * threads on the same source).
 */
public interface DataSource {

    /** @return the number of feature columns, the network's input width */
    int featureCount();

    /** @return the number of target columns, 0 for a source without targets */
    int targetCount();

    /** @return the number of rows */
    int rowCount();

    /**
     * @return whether {@link #open} honours any row order; a streaming source that can only read its rows in their
     *         stored order returns false, and training then shuffles it locally through a {@link ShuffleBuffer}
     *         (and {@link HashSplit} holds out its validation rows)
     */
    boolean randomAccess();

    /**
     * Starts one pass over all rows.
     *
     * @param order the rows to read, a permutation of {@code 0 .. rowCount()-1}, or null for the stored order
     * @return the reader of this pass; close it when done
     */
    BatchReader open(int[] order);

    /**
     * @return the features of all rows at once, where the source holds them in memory (for a source of some rows of
     *         a matrix, the whole matrix), so that they can be checked in one go; null for a source that is only
     *         read batch by batch
     */
    default INDArray allFeatures() {
        return null;
    }

    /** @return the targets in the same way as {@link #allFeatures()}; null where that is null or without targets */
    default INDArray allTargets() {
        return null;
    }
}
