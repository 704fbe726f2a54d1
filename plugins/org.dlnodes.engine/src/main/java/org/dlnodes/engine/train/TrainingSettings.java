package org.dlnodes.engine.train;

import java.util.Optional;

/**
 * How to train: mini-batches, epochs, the seed of the row order, and the optional early stopping and learning rate
 * reduction. Immutable and valid.
 *
 * @param batchSize rows per gradient step, from 1 (online learning); a size of at least the row count is batch
 *            gradient descent
 * @param epochs passes over the training rows, at least 1
 * @param shuffle whether the rows are read in a new random order every epoch (a source that can only be read in its
 *            stored order through a {@link org.dlnodes.engine.data.ShuffleBuffer}, which shuffles locally)
 * @param seed seeds the row orders
 * @param earlyStopping when to stop before the last epoch
 * @param reduceLearningRate when to lower the learning rate
 */
public record TrainingSettings(int batchSize, int epochs, boolean shuffle, long seed,
    Optional<EarlyStoppingSettings> earlyStopping, Optional<ReduceLearningRateSettings> reduceLearningRate) {

    public TrainingSettings {
        Checks.require(batchSize >= 1, "The batch size must be at least 1; got " + batchSize + ".");
        Checks.require(epochs >= 1, "The number of epochs must be at least 1; got " + epochs + ".");
        Checks.require(earlyStopping != null && reduceLearningRate != null,
            "Early stopping and learning rate reduction are optional, but not null.");
    }

    /** @return a builder with Keras' defaults: batch size 32, 1 epoch, shuffled, seed 0, no callbacks */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings; {@link #build()} validates. */
    public static final class Builder {
        private int batchSize = 32;

        private int epochs = 1;

        private boolean shuffle = true;

        private long seed;

        private EarlyStoppingSettings earlyStopping;

        private ReduceLearningRateSettings reduceLearningRate;

        private Builder() {
        }

        public Builder batchSize(final int value) {
            batchSize = value;
            return this;
        }

        public Builder epochs(final int value) {
            epochs = value;
            return this;
        }

        public Builder shuffle(final boolean value) {
            shuffle = value;
            return this;
        }

        public Builder seed(final long value) {
            seed = value;
            return this;
        }

        public Builder earlyStopping(final EarlyStoppingSettings value) {
            earlyStopping = value;
            return this;
        }

        public Builder reduceLearningRate(final ReduceLearningRateSettings value) {
            reduceLearningRate = value;
            return this;
        }

        public TrainingSettings build() {
            return new TrainingSettings(batchSize, epochs, shuffle, seed, Optional.ofNullable(earlyStopping),
                Optional.ofNullable(reduceLearningRate));
        }
    }
}
