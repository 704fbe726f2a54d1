package org.dlnodes.engine.train;

import java.util.OptionalInt;

/**
 * Why training ended, with a sentence for the user.
 *
 * @param kind the reason
 * @param epoch the epoch (from 1) in which training ended
 * @param batch the batch (from 1) at which it ended, for NaN losses and cancellation; 0 otherwise
 * @param restoredEpoch the epoch (from 1) whose weights the network has now, when they were restored
 * @param message what happened, e.g. "Early stopping at epoch 9: val_loss did not improve for 3 epochs; restored
 *            the weights of epoch 6."
 */
public record StopReason(Kind kind, int epoch, int batch, OptionalInt restoredEpoch, String message) {

    /** The ways training ends. */
    public enum Kind {
        /** All epochs were trained. */
        EPOCHS_DONE,
        /** The early stopping ended it. */
        EARLY_STOPPING,
        /** A batch's loss was NaN or infinite. */
        NOT_FINITE_LOSS,
        /** The caller cancelled it. */
        CANCELLED
    }
}
