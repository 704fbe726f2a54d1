package org.dlnodes.engine.train;

/**
 * The state of Keras' {@code EarlyStopping} during one training, epoch by epoch (epochs counted from 0 here):
 * <ul>
 * <li>epochs before {@code startFromEpoch}, or without the metric, are not watched;</li>
 * <li>an epoch improves when {@code current - minDelta < best} (mode min) or {@code current - minDelta > best}
 * (max), {@code best} starting at +/- infinity; the improving epoch becomes the best one, and the patience counter
 * restarts unless a baseline is set and not beaten;</li>
 * <li>otherwise, once {@code patience} epochs have passed since the counter restarted (and after the first epoch),
 * training stops; the best epoch's weights are restored when asked for.</li>
 * </ul>
 * The weights of the first watched epoch are kept even if it does not improve, so that there is always something to
 * restore.
 */
final class EarlyStopping {

    /** What the trainer does after an epoch: keep the weights as the best so far, stop training. */
    record Outcome(boolean keepWeights, boolean stop) {
    }

    private final EarlyStoppingSettings settings;

    private final boolean rising;

    private int wait;

    private double best;

    private int bestEpoch = -1;

    private int keptEpoch = -1;

    EarlyStopping(final EarlyStoppingSettings settings) {
        this.settings = settings;
        rising = settings.mode().resolve(settings.monitor()) == MonitorMode.MAX;
        best = rising ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    Outcome epochEnd(final int epoch, final double current) {
        if (epoch < settings.startFromEpoch()) {
            return new Outcome(false, false);
        }
        boolean keep = settings.restoreBestWeights() && keptEpoch < 0;
        wait++;
        if (improves(current, best)) {
            best = current;
            bestEpoch = epoch;
            keep = settings.restoreBestWeights();
            if (settings.baseline().isEmpty() || improves(current, settings.baseline().getAsDouble())) {
                wait = 0;
            }
            keptEpoch = keep ? epoch : keptEpoch;
            return new Outcome(keep, false);
        }
        keptEpoch = keep ? epoch : keptEpoch;
        return new Outcome(keep, wait >= settings.patience() && epoch > 0);
    }

    private boolean improves(final double current, final double reference) {
        return rising ? current - settings.minDelta() > reference : current + settings.minDelta() < reference;
    }

    /** @return the epoch (from 0) whose weights were kept, -1 for none */
    int keptEpoch() {
        return keptEpoch;
    }

    /** @return the best epoch so far (from 0), -1 for none */
    int bestEpoch() {
        return bestEpoch;
    }

    /** @return the number of epochs since the last improvement */
    int epochsWithoutImprovement() {
        return wait;
    }
}
