package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.BatchReader;
import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.testing.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A source that can only stream its rows in their stored order, as a table too large for memory. */
class StreamingSourceTest {

    private static Dataset iris;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        new ComputeSettings(1, 1, 0).applyThreads();
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

    @Test
    void trainsOnAStreamInItsStoredOrderLikeUnshuffledRowsInMemory() {
        final RowStream stream = new RowStream(iris.trainX().toFloatMatrix(), iris.trainY().toFloatMatrix());
        final NetworkSpec spec = NetworkSpec.builder().input(4).dense(8, ActivationType.RELU)
            .dense(3, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY).build();
        final TrainingSettings settings = TrainingSettings.builder().batchSize(16).epochs(4).seed(9).build();
        final Network streamed = Network.create(spec, 3);
        new Trainer(settings).fit(streamed, stream, null, TrainingListener.NONE);
        assertEquals(4, stream.passes);
        final Network inMemory = Network.create(spec, 3);
        new Trainer(new TrainingSettings(16, 4, false, 9, settings.earlyStopping(), settings.reduceLearningRate()))
            .fit(inMemory, InMemoryDataSource.of(iris.trainX(), iris.trainY()), null, TrainingListener.NONE);
        assertArrayEquals(inMemory.parameters().toFloatVector(), streamed.parameters().toFloatVector());
    }
}
