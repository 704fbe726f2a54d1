package org.dlnodes.engine.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one finished epoch reported, as Keras' {@code History}.
 *
 * @param epoch the epoch, from 1
 * @param metrics by name, in this order: loss, accuracy (classification) or mae (regression), then the same with
 *            the prefix "val_" when there is validation data. Training values are means over the epoch's batches
 *            (weighted by batch size, in training mode, while the weights change), validation values are computed
 *            at the end of the epoch in inference mode
 * @param learningRate the learning rate of the epoch's last step
 * @param seconds the epoch's wall time, validation included
 */
public record EpochLog(int epoch, Map<String, Double> metrics, double learningRate, double seconds) {

    public EpochLog {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * @return the named metric
     * @throws IllegalArgumentException when the epoch did not report it
     */
    public double metric(final String name) {
        final Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Training reports no metric '" + name + "'; it reports "
                + metrics.keySet() + ".");
        }
        return value;
    }
}
