package org.dlnodes.engine.train;

/**
 * Receives the progress of a training and may cancel it. Called on the training thread; keep the calls short, the
 * batch calls happen hundreds of times per second.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /**
     * After every batch.
     *
     * @param epoch the epoch, from 1
     * @param batch the batch within the epoch, from 1
     * @param batchesPerEpoch the number of batches of an epoch
     * @param meanLoss the mean training loss of the epoch so far
     */
    default void batchDone(final int epoch, final int batch, final int batchesPerEpoch, final double meanLoss) {
    }

    /** After every epoch, with its log. */
    default void epochDone(final EpochLog log) {
    }

    /** @return true to stop training before the next batch; asked before every batch */
    default boolean cancelRequested() {
        return false;
    }
}
