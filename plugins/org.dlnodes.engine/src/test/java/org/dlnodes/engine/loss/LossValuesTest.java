package org.dlnodes.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dlnodes.engine.activation.Activations;
import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationSpec;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossSpec;
import org.dlnodes.engine.spec.LossType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loss values worked out by hand from Keras' definitions, for the losses and the class weighting that the DL4J
 * cross-check does not cover.
 */
class LossValuesTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    private static double score(final LossSpec spec, final ActivationType output, final double[][] z,
        final double[][] labels) {
        final INDArray preActivation = Nd4j.createFromArray(z);
        final INDArray activation = preActivation.ulike();
        Activations.create(ActivationSpec.of(output)).forward(preActivation, activation);
        return Losses.create(spec, ActivationSpec.of(output)).score(preActivation, activation,
            Nd4j.createFromArray(labels));
    }

    @Test
    void huberIsQuadraticInsideDeltaAndLinearOutside() {
        // 0.5 * 0.5² = 0.125 and 1 * (3 - 0.5) = 2.5, averaged over the two outputs.
        assertEquals(1.3125, score(LossSpec.huber(1), ActivationType.LINEAR, new double[][] {{0.5, 3}},
            new double[][] {{0, 0}}), 1e-15);
    }

    @Test
    void categoricalHingeComparesTheBestWrongClassWithTheTrueOne() {
        // max wrong 0.7 - true 0.2 + 1
        assertEquals(1.5, score(LossSpec.of(LossType.CATEGORICAL_HINGE), ActivationType.LINEAR,
            new double[][] {{0.2, 0.7, 0.1}}, new double[][] {{1, 0, 0}}), 1e-15);
    }

    @Test
    void hingeMapsZeroOneLabelsAndWeightsClasses() {
        // labels 1, 0 become 1, -1: max(0, 1 - 0.3) = 0.7 and max(0, 1 + 0.5) = 1.5
        final double[][] z = {{0.3}, {0.5}};
        assertEquals(1.1, score(LossSpec.of(LossType.HINGE), ActivationType.LINEAR, z, new double[][] {{1}, {0}}),
            1e-15);
        assertEquals(1.45, score(LossSpec.of(LossType.HINGE).withClassWeights(List.of(1.0, 2.0)),
            ActivationType.LINEAR, z, new double[][] {{1}, {0}}), 1e-15);
    }

    @Test
    void sparseCrossEntropyWeightsEachExampleByItsClass() {
        // (3 * -log_softmax(1,2,3)[2] + 2 * log 3) / 2
        assertEquals(1.71002123533468, score(LossSpec.of(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY)
            .withClassWeights(List.of(1.0, 2.0, 3.0)), ActivationType.SOFTMAX, new double[][] {{1, 2, 3}, {1, 1, 1}},
            new double[][] {{2}, {1}}), 1e-14);
    }

    @Test
    void binaryCrossEntropyIsStableAndWeighted() {
        // (4 * log 2 + (2 + log(1 + e^-2))) / 2
        assertEquals(2.449758366641377, score(LossSpec.of(LossType.BINARY_CROSS_ENTROPY)
            .withClassWeights(List.of(1.0, 4.0)), ActivationType.SIGMOID, new double[][] {{0}, {2}},
            new double[][] {{1}, {0}}), 1e-14);
        // A logit of 1000 against label 0 costs 1000, not infinity.
        assertEquals(1000, score(LossSpec.of(LossType.BINARY_CROSS_ENTROPY), ActivationType.SIGMOID,
            new double[][] {{1000}}, new double[][] {{0}}), 1e-12);
    }

    @Test
    void crossEntropyIsStableForLargeLogits() {
        assertEquals(2000, score(LossSpec.of(LossType.CATEGORICAL_CROSS_ENTROPY), ActivationType.SOFTMAX,
            new double[][] {{1000, -1000}}, new double[][] {{0, 1}}), 1e-12);
    }
}
