package org.dlnodes.engine.train;

/**
 * The state of Keras' {@code ReduceLROnPlateau} during one training: an epoch improves when
 * {@code current < best - minDelta} (mode min) or {@code current > best + minDelta} (max); during a cooldown the
 * patience counter stays at 0; after {@code patience} epochs without improvement the learning rate is multiplied by
 * the factor (not below the minimum) and the cooldown starts.
 */
final class ReduceLearningRateOnPlateau {

    private final ReduceLearningRateSettings settings;

    private final boolean rising;

    private double best;

    private int wait;

    private int cooldown;

    ReduceLearningRateOnPlateau(final ReduceLearningRateSettings settings) {
        this.settings = settings;
        rising = settings.mode().resolve(settings.monitor()) == MonitorMode.MAX;
        best = rising ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /**
     * @param current the monitored metric of the epoch
     * @param learningRate the learning rate of the epoch
     * @return the learning rate for the next epoch
     */
    double epochEnd(final double current, final double learningRate) {
        if (cooldown > 0) {
            cooldown--;
            wait = 0;
        }
        if (rising ? current > best + settings.minDelta() : current < best - settings.minDelta()) {
            best = current;
            wait = 0;
        } else if (cooldown == 0) {
            wait++;
            // Keras compares with the float32 minimum, as its learning rate is a float32 variable.
            if (wait >= settings.patience() && learningRate > (float)settings.minLearningRate()) {
                cooldown = settings.cooldown();
                wait = 0;
                return Math.max(learningRate * settings.factor(), settings.minLearningRate());
            }
        }
        return learningRate;
    }
}
