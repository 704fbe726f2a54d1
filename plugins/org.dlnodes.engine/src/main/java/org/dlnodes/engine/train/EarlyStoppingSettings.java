package org.dlnodes.engine.train;

import java.util.OptionalDouble;

/**
 * Keras' {@code EarlyStopping}: stop when the monitored metric has not improved by more than {@code minDelta} for
 * {@code patience} epochs. Immutable and valid; see {@link EarlyStopping} for the exact rule.
 *
 * @param monitor the metric to watch, e.g. "val_loss", "val_accuracy", "loss", "mae"
 * @param minDelta the smallest change that counts as an improvement, at least 0
 * @param patience the number of epochs without improvement after which training stops, at least 0
 * @param mode whether the metric should fall or rise
 * @param baseline a value the metric must beat: until it does, the patience counter keeps running; empty for none
 * @param restoreBestWeights whether stopping early restores the weights of the best epoch
 * @param startFromEpoch the number of warm-up epochs that are not watched, at least 0
 */
public record EarlyStoppingSettings(String monitor, double minDelta, int patience, MonitorMode mode,
    OptionalDouble baseline, boolean restoreBestWeights, int startFromEpoch) {

    public EarlyStoppingSettings {
        Checks.metricName(monitor, "early stopping");
        Checks.require(minDelta >= 0, "The early stopping's minimum change must be at least 0; got " + minDelta + ".");
        Checks.require(patience >= 0, "The early stopping's patience must be at least 0 epochs; got " + patience + ".");
        Checks.require(mode != null, "The early stopping needs a mode (min, max or auto).");
        Checks.require(baseline != null && (baseline.isEmpty() || Double.isFinite(baseline.getAsDouble())),
            "The early stopping's baseline must be a finite number or absent.");
        Checks.require(startFromEpoch >= 0,
            "The early stopping's warm-up must be at least 0 epochs; got " + startFromEpoch + ".");
    }

    /** @return a builder with Keras' defaults: val_loss, min_delta 0, patience 0, auto, no baseline */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings; {@link #build()} validates. */
    public static final class Builder {
        private String monitor = "val_loss";

        private double minDelta;

        private int patience;

        private MonitorMode mode = MonitorMode.AUTO;

        private OptionalDouble baseline = OptionalDouble.empty();

        private boolean restoreBestWeights;

        private int startFromEpoch;

        private Builder() {
        }

        public Builder monitor(final String value) {
            monitor = value;
            return this;
        }

        public Builder minDelta(final double value) {
            minDelta = value;
            return this;
        }

        public Builder patience(final int value) {
            patience = value;
            return this;
        }

        public Builder mode(final MonitorMode value) {
            mode = value;
            return this;
        }

        public Builder baseline(final double value) {
            baseline = OptionalDouble.of(value);
            return this;
        }

        public Builder restoreBestWeights(final boolean value) {
            restoreBestWeights = value;
            return this;
        }

        public Builder startFromEpoch(final int value) {
            startFromEpoch = value;
            return this;
        }

        public EarlyStoppingSettings build() {
            return new EarlyStoppingSettings(monitor, minDelta, patience, mode, baseline, restoreBestWeights,
                startFromEpoch);
        }
    }
}
