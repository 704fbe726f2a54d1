package org.dlnodes.engine.testing;

import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingListener;
import org.dlnodes.engine.train.TrainingResult;
import org.dlnodes.engine.train.TrainingSettings;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Fixed epochs of seeded, shuffled minibatches with the product's {@link Trainer}, for tests that need a trained
 * network but not early stopping or validation.
 */
public final class MiniBatchTraining {

    private MiniBatchTraining() {
    }

    /** Trains {@code network} in place and returns its optimizer. */
    public static Optimizer train(final Network network, final INDArray x, final INDArray y, final int epochs,
        final int batchSize, final long seed) {
        return fit(network, x, y, epochs, batchSize, seed).optimizer();
    }

    /** Trains {@code network} in place and returns the outcome. */
    public static TrainingResult fit(final Network network, final INDArray x, final INDArray y, final int epochs,
        final int batchSize, final long seed) {
        final TrainingSettings settings =
            TrainingSettings.builder().epochs(epochs).batchSize(batchSize).shuffle(true).seed(seed).build();
        return new Trainer(settings).fit(network, InMemoryDataSource.of(x, y), null, TrainingListener.NONE);
    }
}
