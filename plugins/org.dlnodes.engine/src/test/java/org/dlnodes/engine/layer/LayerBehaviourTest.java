package org.dlnodes.engine.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.DropoutSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** What dropout and batch normalization do in training and at inference, on values worked out by hand. */
class LayerBehaviourTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    @Test
    void dropoutScalesTheKeptInputsInTrainingAndIsTheIdentityAtInference() {
        final DropoutLayer dropout =
            new DropoutLayer(new DropoutSpec(0.75), Nd4j.getRandomFactory().getNewRandomInstance(5));
        final INDArray x = Nd4j.ones(DataType.DOUBLE, 50, 40);
        assertSame(x, dropout.forward(x, false));
        final INDArray y = dropout.forward(x, true);
        // Every output is 0 (dropped) or 1 / (1 - 0.75) = 4 (kept and scaled).
        final long zeros = y.eq(0).castTo(DataType.INT32).sumNumber().longValue();
        final long fours = y.eq(4).castTo(DataType.INT32).sumNumber().longValue();
        assertEquals(x.length(), zeros + fours);
        assertTrue(zeros > 0 && fours > 0);
        // The backward pass uses the same mask.
        assertEquals(y, dropout.backward(x));
    }

    @Test
    void float32DropoutOnTheCpuDrawsItsMasksInJavaWithTheSameBehaviour() {
        final INDArray x = Nd4j.ones(DataType.FLOAT, 200, 300);
        final DropoutLayer dropout =
            new DropoutLayer(new DropoutSpec(0.25), Nd4j.getRandomFactory().getNewRandomInstance(5));
        assertSame(x, dropout.forward(x, false));
        final INDArray y = dropout.forward(x, true).dup();
        // Every output is 0 (dropped) or 1 / (1 - 0.25) (kept and scaled); about 75 % are kept.
        final long zeros = y.eq(0).castTo(DataType.INT32).sumNumber().longValue();
        final long kept = y.eq(1 / 0.75f).castTo(DataType.INT32).sumNumber().longValue();
        assertEquals(x.length(), zeros + kept);
        assertEquals(0.75, kept / (double)x.length(), 0.01);
        // The backward pass uses the same mask; the next pass draws another.
        assertEquals(y, dropout.backward(x));
        assertNotEquals(y, dropout.forward(x, true));
        // The layer's generator decides the masks: the same seed, the same masks.
        final DropoutLayer again =
            new DropoutLayer(new DropoutSpec(0.25), Nd4j.getRandomFactory().getNewRandomInstance(5));
        assertEquals(y, again.forward(x, true));
    }

    @Test
    void float32DropoutTakesALargerBatchWithinTheSameWholeDraws() {
        // 6 values take two draws of four; a later batch of 8 values fits those draws and the buffers made for them
        final DropoutLayer dropout =
            new DropoutLayer(new DropoutSpec(0.5), Nd4j.getRandomFactory().getNewRandomInstance(3));
        dropout.forward(Nd4j.ones(DataType.FLOAT, 2, 3), true);
        final INDArray x = Nd4j.ones(DataType.FLOAT, 2, 4);
        final INDArray y = dropout.forward(x, true).dup();
        assertEquals(y, dropout.backward(x));
    }

    @Test
    void batchNormUsesBatchStatisticsInTrainingAndRunningOnesAtInference() {
        final ParameterBlock block = new ParameterBlock(DataType.DOUBLE, 4);
        final BatchNormLayer norm =
            new BatchNormLayer("batch_norm_1", new BatchNormSpec(0.9, 1e-3, true, true), 2, block, DataType.DOUBLE);
        final INDArray x = Nd4j.createFromArray(new double[][] {{1, 10}, {3, 30}});
        // Batch means (2, 20), biased variances (1, 100): outputs ±1/sqrt(1.001) and ±10/sqrt(100.001).
        final INDArray y = norm.forward(x, true);
        assertArrayEquals(new double[] {-1 / Math.sqrt(1.001), -10 / Math.sqrt(100.001)},
            y.getRow(0).toDoubleVector(), 1e-12);
        // Running statistics moved 10% of the way from (0, 0) and (1, 1) towards the batch's.
        assertArrayEquals(new double[] {0.2, 2}, norm.state().get("batch_norm_1/running_mean").toDoubleVector(),
            1e-12);
        assertArrayEquals(new double[] {1, 10.9},
            norm.state().get("batch_norm_1/running_variance").toDoubleVector(), 1e-12);
        final INDArray inference = norm.forward(x, false);
        assertArrayEquals(new double[] {(1 - 0.2) / Math.sqrt(1.001), (10 - 2) / Math.sqrt(10.901)},
            inference.getRow(0).toDoubleVector(), 1e-12);
    }

    @Test
    void batchNormWithoutScaleAndCenterHasNoParameters() {
        final BatchNormLayer norm = new BatchNormLayer("batch_norm_1", new BatchNormSpec(0.9, 1e-3, false, false), 3,
            new ParameterBlock(DataType.FLOAT, 0), DataType.FLOAT);
        assertTrue(norm.parameters().isEmpty());
        final INDArray y = norm.forward(Nd4j.createFromArray(new float[][] {{1, 2, 3}, {3, 2, 1}}), true);
        assertEquals(0, y.sumNumber().doubleValue(), 1e-6);
    }
}
