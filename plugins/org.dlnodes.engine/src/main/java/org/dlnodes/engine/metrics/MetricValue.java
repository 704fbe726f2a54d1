package org.dlnodes.engine.metrics;

import java.util.Objects;

/**
 * One named score, a row of the Scorer's table of metrics.
 *
 * @param name what the value measures, e.g. {@code "accuracy"}
 * @param value the score; NaN when the metric is not defined for the data (see the package documentation)
 */
public record MetricValue(String name, double value) {

    public MetricValue {
        Objects.requireNonNull(name, "name");
    }
}
