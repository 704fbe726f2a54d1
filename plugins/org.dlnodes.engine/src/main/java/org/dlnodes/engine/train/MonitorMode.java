package org.dlnodes.engine.train;

/** Whether a monitored metric improves by falling or by rising, as Keras' {@code mode}. */
public enum MonitorMode {
    /** Lower is better (losses, errors). */
    MIN,
    /** Higher is better (accuracy). */
    MAX,
    /** From the name, as Keras: names ending in "acc", "accuracy" or "auc" are MAX, all others MIN. */
    AUTO;

    /** @return MIN or MAX for the metric; AUTO resolved from its name */
    public MonitorMode resolve(final String metric) {
        if (this != AUTO) {
            return this;
        }
        return metric.endsWith("acc") || metric.endsWith("accuracy") || metric.endsWith("auc") ? MAX : MIN;
    }
}
