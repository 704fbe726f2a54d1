package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.BatchReader;
import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.data.HashSplit;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.data.Split;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.testing.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A source that can only stream its rows in their stored order, as a table too large for memory. */
class StreamingSourceTest {

    private static Dataset iris;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        new ComputeSettings(1, 1, 1, 0).applyThreads();
        iris = Dataset.load("iris", true, 0.2, 1);
    }

    /** Hands out rows one Java row at a time, the way a table iterator would. */
    private static final class RowStream implements DataSource {

        private final float[][] features;

        private final float[][] targets;

        private int passes;

        RowStream(final float[][] features, final float[][] targets) {
            this.features = features;
            this.targets = targets;
        }

        @Override
        public int featureCount() {
            return features[0].length;
        }

        @Override
        public int targetCount() {
            return targets[0].length;
        }

        @Override
        public int rowCount() {
            return features.length;
        }

        @Override
        public boolean randomAccess() {
            return false;
        }

        @Override
        public BatchReader open(final int[] order) {
            assertNull(order, "a streaming source is read in its stored order");
            passes++;
            return new BatchReader() {
                private int next;

                @Override
                public void read(final INDArray featureBatch, final INDArray targetBatch) {
                    final int rows = (int)featureBatch.rows();
                    final float[][] x = new float[rows][];
                    final float[][] y = new float[rows][];
                    for (int i = 0; i < rows; i++) {
                        x[i] = features[next + i];
                        y[i] = targets[next + i];
                    }
                    featureBatch.assign(Nd4j.createFromArray(x));
                    if (targetBatch != null) {
                        targetBatch.assign(Nd4j.createFromArray(y));
                    }
                    next += rows;
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }
    }

    private static final NetworkSpec SPEC = NetworkSpec.builder().input(4).dense(8, ActivationType.RELU)
        .dense(3, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY).build();

    private static RowStream irisStream() {
        return new RowStream(iris.trainX().toFloatMatrix(), iris.trainY().toFloatMatrix());
    }

    private static TrainingSettings.Builder fourEpochs() {
        return TrainingSettings.builder().batchSize(16).epochs(4).seed(9);
    }

    private static Network train(final TrainingSettings settings, final DataSource training,
        final DataSource validation, final List<History> histories) {
        final Network network = Network.create(SPEC, 3);
        histories.add(new Trainer(settings).fit(network, training, validation, TrainingListener.NONE).history());
        return network;
    }

    @Test
    void trainsOnAStreamInItsStoredOrderLikeUnshuffledRowsInMemory() {
        final RowStream stream = irisStream();
        final TrainingSettings unshuffled = fourEpochs().shuffle(false).build();
        final List<History> histories = new ArrayList<>();
        final Network streamed = train(unshuffled, stream, null, histories);
        assertEquals(4, stream.passes);
        final Network inMemory = train(unshuffled, InMemoryDataSource.of(iris.trainX(), iris.trainY()), null,
            histories);
        assertArrayEquals(inMemory.parameters().toFloatVector(), streamed.parameters().toFloatVector());
    }

    @Test
    void shufflesAStreamThroughTheBufferTheSameWayForTheSameSeed() {
        final RowStream stream = irisStream();
        final List<History> histories = new ArrayList<>();
        final Network shuffled = train(fourEpochs().build(), stream, null, histories);
        assertEquals(4, stream.passes, "one pass of the stream per epoch");
        final Network again = train(fourEpochs().build(), irisStream(), null, histories);
        assertArrayEquals(shuffled.parameters().toFloatVector(), again.parameters().toFloatVector());
        final Network unshuffled = train(fourEpochs().shuffle(false).build(), irisStream(), null, histories);
        assertFalse(Arrays.equals(unshuffled.parameters().toFloatVector(), shuffled.parameters().toFloatVector()),
            "shuffling reads the rows in another order");
    }

    @Test
    void validatesOnAFractionHeldOutOfTheStream() {
        final RowStream stream = irisStream();
        final Split split = HashSplit.of(stream, 0.25, 9);
        final List<History> histories = new ArrayList<>();
        final TrainingSettings unshuffled = fourEpochs().shuffle(false).build();
        final Network streamed = train(unshuffled, split.training(), split.validation(), histories);
        assertEquals(8, stream.passes, "a training and a validation pass per epoch");
        final double[] valLoss = histories.get(0).metric("val_loss");
        assertEquals(4, valLoss.length);
        assertTrue(Arrays.stream(valLoss).allMatch(Double::isFinite), Arrays.toString(valLoss));
        assertEquals(4, histories.get(0).metric("val_accuracy").length);

        // the same rows in memory, in the same order, train and validate the same
        final Network inMemory = train(unshuffled, inMemory(split.training()), inMemory(split.validation()),
            histories);
        assertArrayEquals(inMemory.parameters().toFloatVector(), streamed.parameters().toFloatVector());
        assertArrayEquals(histories.get(1).metric("val_loss"), valLoss);
        assertEquals(stream.rowCount(), split.training().rowCount() + split.validation().rowCount());
    }

    /** @return the rows of one pass over {@code data}, in memory */
    private static InMemoryDataSource inMemory(final DataSource data) {
        final INDArray x = Nd4j.createUninitialized(DataType.FLOAT, data.rowCount(), data.featureCount());
        final INDArray y = Nd4j.createUninitialized(DataType.FLOAT, data.rowCount(), data.targetCount());
        try (BatchReader reader = data.open(null)) {
            reader.read(x, y);
        }
        return InMemoryDataSource.of(x, y);
    }
}
