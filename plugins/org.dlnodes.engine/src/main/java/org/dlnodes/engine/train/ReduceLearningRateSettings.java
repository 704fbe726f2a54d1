package org.dlnodes.engine.train;

/**
 * Keras' {@code ReduceLROnPlateau}: multiply the learning rate by {@code factor} when the monitored metric has not
 * improved by more than {@code minDelta} for {@code patience} epochs, then wait {@code cooldown} epochs before
 * counting again; never below {@code minLearningRate}. Immutable and valid.
 *
 * @param monitor the metric to watch
 * @param factor the factor the learning rate is multiplied by, in (0, 1)
 * @param patience epochs without improvement before a reduction, at least 0
 * @param mode whether the metric should fall or rise
 * @param minDelta the smallest change that counts as an improvement, at least 0
 * @param cooldown epochs after a reduction during which no reduction happens, at least 0
 * @param minLearningRate the lower bound of the learning rate, at least 0
 */
public record ReduceLearningRateSettings(String monitor, double factor, int patience, MonitorMode mode,
    double minDelta, int cooldown, double minLearningRate) {

    public ReduceLearningRateSettings {
        Checks.metricName(monitor, "learning rate reduction");
        Checks.require(factor > 0 && factor < 1,
            "The learning rate reduction factor must be between 0 and 1 (exclusive); got " + factor + ".");
        Checks.require(patience >= 0, "The learning rate reduction's patience must be at least 0; got " + patience
            + ".");
        Checks.require(mode != null, "The learning rate reduction needs a mode (min, max or auto).");
        Checks.require(minDelta >= 0, "The learning rate reduction's minimum change must be at least 0; got "
            + minDelta + ".");
        Checks.require(cooldown >= 0, "The learning rate reduction's cooldown must be at least 0; got " + cooldown
            + ".");
        Checks.require(minLearningRate >= 0,
            "The minimum learning rate must be at least 0; got " + minLearningRate + ".");
    }

    /** @return a builder with Keras' defaults: val_loss, factor 0.1, patience 10, auto, 1e-4, cooldown 0, min 0 */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings; {@link #build()} validates. */
    public static final class Builder {
        private String monitor = "val_loss";

        private double factor = 0.1;

        private int patience = 10;

        private MonitorMode mode = MonitorMode.AUTO;

        private double minDelta = 1e-4;

        private int cooldown;

        private double minLearningRate;

        private Builder() {
        }

        public Builder monitor(final String value) {
            monitor = value;
            return this;
        }

        public Builder factor(final double value) {
            factor = value;
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

        public Builder minDelta(final double value) {
            minDelta = value;
            return this;
        }

        public Builder cooldown(final int value) {
            cooldown = value;
            return this;
        }

        public Builder minLearningRate(final double value) {
            minLearningRate = value;
            return this;
        }

        public ReduceLearningRateSettings build() {
            return new ReduceLearningRateSettings(monitor, factor, patience, mode, minDelta, cooldown,
                minLearningRate);
        }
    }
}
