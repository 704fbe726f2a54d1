package org.dlnodes.engine.train;

import java.util.List;

/**
 * The record of a training: one log per finished epoch and the reason it ended.
 *
 * @param epochs the finished epochs, in order
 * @param stopReason why training ended
 */
public record History(List<EpochLog> epochs, StopReason stopReason) {

    public History {
        epochs = List.copyOf(epochs);
    }

    /** @return the values of a metric, epoch by epoch */
    public double[] metric(final String name) {
        return epochs.stream().mapToDouble(log -> log.metric(name)).toArray();
    }
}
