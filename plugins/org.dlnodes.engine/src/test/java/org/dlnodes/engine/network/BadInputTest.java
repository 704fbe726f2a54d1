package org.dlnodes.engine.network;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.InvalidSpecException;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Bad data gives exceptions that say what is wrong, before any native computation. */
class BadInputTest {

    private static Network classifier;

    private static Network binary;

    @BeforeAll
    static void networks() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
        classifier = Network.create(NetworkSpec.builder().input(3).dense(4, ActivationType.RELU)
            .dense(3, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY).build(), 1);
        binary = Network.create(NetworkSpec.builder().input(3).dense(1, ActivationType.SIGMOID)
            .loss(LossType.BINARY_CROSS_ENTROPY).build(), 1);
    }

    private static void assertMessage(final Executable call, final String fragment) {
        final Exception e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
    }

    private static INDArray features(final float... values) {
        return Nd4j.createFromArray(values).reshape(values.length / 3, 3);
    }

    @Test
    void missingOrInfiniteFeatures() {
        assertMessage(() -> classifier.forward(features(1, Float.NaN, 3), true), "NaN");
        assertMessage(() -> classifier.predict(features(1, 2, Float.POSITIVE_INFINITY)), "infinite");
    }

    @Test
    void wrongShapes() {
        assertMessage(() -> classifier.predict(Nd4j.ones(DataType.FLOAT, 2, 4)), "4 feature columns");
        classifier.forward(features(1, 2, 3, 4, 5, 6), true);
        assertMessage(() -> classifier.backward(Nd4j.zeros(DataType.FLOAT, 3, 1)), "needs [2, 1]");
        assertMessage(() -> classifier.loss(features(1, 2, 3), Nd4j.zeros(DataType.FLOAT, 1, 3)), "needs [1, 1]");
    }

    @Test
    void labelsOutOfRange() {
        classifier.forward(features(1, 2, 3, 4, 5, 6), true);
        assertMessage(() -> classifier.backward(Nd4j.createFromArray(new float[][] {{0}, {3}})), "from 0 to 2");
        assertMessage(() -> classifier.backward(Nd4j.createFromArray(new float[][] {{0}, {1.5f}})),
            "whole numbers");
        assertMessage(() -> classifier.backward(Nd4j.createFromArray(new float[][] {{0}, {-1}})), "from 0 to 2");
        binary.forward(features(1, 2, 3), true);
        assertMessage(() -> binary.backward(Nd4j.createFromArray(new float[][] {{2}})), "probabilities");
        assertMessage(() -> binary.backward(Nd4j.createFromArray(new float[][] {{Float.NaN}})), "labels contain");
    }

    @Test
    void emptyData() {
        assertMessage(() -> classifier.predict(Nd4j.create(DataType.FLOAT, 0, 3)), "empty");
        assertMessage(() -> classifier.predict(Nd4j.empty(DataType.FLOAT)), "empty");
    }

    @Test
    void backwardNeedsATrainingForwardPass() {
        classifier.predict(features(1, 2, 3));
        assertThrows(IllegalStateException.class, () -> classifier.backward(Nd4j.zeros(DataType.FLOAT, 1, 1)));
    }

    @Test
    void aSingleRowBatchTrainsThroughBatchNorm() {
        final Network network = Network.create(NetworkSpec.builder().input(3).dense(4, ActivationType.RELU)
            .batchNorm().dense(1, ActivationType.LINEAR).loss(LossType.MEAN_SQUARED_ERROR).build(), 1);
        network.forward(features(1, 2, 3), true);
        assertTrue(Double.isFinite(network.backward(Nd4j.ones(DataType.FLOAT, 1, 1))));
    }

    @Test
    void networkNeedsItsInputSize() {
        final NetworkSpec spec = NetworkSpec.builder().dense(1, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).build();
        assertThrows(InvalidSpecException.class, () -> Network.create(spec, 1));
    }
}
