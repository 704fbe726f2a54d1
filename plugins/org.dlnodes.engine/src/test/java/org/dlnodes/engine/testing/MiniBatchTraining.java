package org.dlnodes.engine.testing;

import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.optimizer.Optimizers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The smallest training loop over the engine's seam (forward, backward, step): fixed epochs of minibatches in a
 * seeded shuffled order. Engine II's Trainer replaces it with early stopping and history.
 */
public final class MiniBatchTraining {

    private MiniBatchTraining() {
    }

    /** Trains {@code network} in place and returns its optimizer. */
    public static Optimizer train(final Network network, final INDArray x, final INDArray y, final int epochs,
        final int batchSize, final long seed) {
        final Optimizer optimizer = Optimizers.create(network.spec().optimizer(), network.parameters().length(),
            network.dataType());
        final java.util.Random random = new java.util.Random(seed);
        final int rows = (int)x.rows();
        for (int epoch = 0; epoch < epochs; epoch++) {
            final int[] order = shuffled(rows, random);
            final INDArray shuffledX = x.get(Nd4j.createFromArray(order));
            final INDArray shuffledY = y.get(Nd4j.createFromArray(order));
            for (int start = 0; start < rows; start += batchSize) {
                final int end = Math.min(rows, start + batchSize);
                final INDArray batchX = shuffledX.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
                final INDArray batchY = shuffledY.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
                network.forward(batchX, true);
                network.backward(batchY);
                optimizer.step(network.parameters(), network.gradients());
            }
        }
        return optimizer;
    }

    private static int[] shuffled(final int n, final java.util.Random random) {
        final int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            final int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
