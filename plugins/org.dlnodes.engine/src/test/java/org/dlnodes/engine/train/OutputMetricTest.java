package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The metric next to the loss, on small batches counted by hand. */
class OutputMetricTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    private static OutputMetric metric(final int outputs, final ActivationType activation, final LossType loss) {
        return OutputMetric.of(NetworkSpec.builder().input(2).dense(outputs, activation).loss(loss).build());
    }

    private static INDArray matrix(final float[][] values) {
        return Nd4j.createFromArray(values);
    }

    @Test
    void countsRowsWhoseLargestOutputIsTheTrueClass() {
        final INDArray outputs = matrix(new float[][] {{0.7f, 0.2f, 0.1f}, {0.1f, 0.3f, 0.6f}, {0.2f, 0.5f, 0.3f}});
        final OutputMetric oneHot = metric(3, ActivationType.SOFTMAX, LossType.CATEGORICAL_CROSS_ENTROPY);
        assertEquals("accuracy", oneHot.name());
        assertEquals(2, oneHot.batchTotal(outputs, matrix(new float[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}})));
        final OutputMetric sparse = metric(3, ActivationType.SOFTMAX, LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY);
        assertEquals(3, sparse.batchTotal(outputs, matrix(new float[][] {{0}, {2}, {1}})));
    }

    @Test
    void float32CountedInJavaAgreesWithLibnd4jsArgMax() {
        // Double arrays take libnd4j's argmax; float32 ones the Java loop. Rounded values make ties, which both
        // resolve to the first largest value.
        Nd4j.getRandom().setSeed(3);
        final INDArray outputs = Nd4j.rand(200, 4).muli(3).castTo(DataType.INT32).castTo(DataType.DOUBLE);
        final INDArray targets = Nd4j.rand(200, 4).muli(3).castTo(DataType.INT32).castTo(DataType.DOUBLE);
        final OutputMetric metric = metric(4, ActivationType.SOFTMAX, LossType.CATEGORICAL_CROSS_ENTROPY);
        final double counted = metric.batchTotal(outputs, targets);
        assertEquals(counted, metric.batchTotal(outputs.castTo(DataType.FLOAT), targets.castTo(DataType.FLOAT)));
        assertTrue(counted > 20 && counted < 180, "a count that tells rows apart: " + counted);
    }

    @Test
    void aSingleOutputIsClassOneAboveTheThreshold() {
        final OutputMetric sigmoid = metric(1, ActivationType.SIGMOID, LossType.BINARY_CROSS_ENTROPY);
        assertEquals(3, sigmoid.batchTotal(matrix(new float[][] {{0.9f}, {0.4f}, {0.6f}, {0.2f}}),
            matrix(new float[][] {{1}, {0}, {0}, {0}})));
        final OutputMetric hinge = metric(1, ActivationType.TANH, LossType.HINGE);
        assertEquals(2, hinge.batchTotal(matrix(new float[][] {{0.3f}, {-0.2f}, {0.1f}}),
            matrix(new float[][] {{1}, {-1}, {-1}})));
    }

    @Test
    void regressionSumsEachRowsMeanAbsoluteError() {
        final OutputMetric mae = metric(2, ActivationType.LINEAR, LossType.MEAN_SQUARED_ERROR);
        assertEquals("mae", mae.name());
        // rows: (|1 - 0| + |2 - 4|) / 2 = 1.5 and (|0 - 1| + |0 - 0|) / 2 = 0.5
        assertEquals(2.0, mae.batchTotal(matrix(new float[][] {{1, 2}, {0, 0}}), matrix(new float[][] {{0, 4},
            {1, 0}})), 1e-6);
    }
}
