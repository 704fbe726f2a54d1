package org.dlnodes.engine.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.nd4j.linalg.api.buffer.DataType;
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
        // float32 on the CPU computes in Java
        final INDArray z = Nd4j.createFromArray(new float[][] {{1000, -1000}});
        final INDArray a = z.ulike();
        Activations.create(ActivationSpec.of(ActivationType.SOFTMAX)).forward(z, a);
        assertEquals(2000, Losses.create(LossSpec.of(LossType.CATEGORICAL_CROSS_ENTROPY),
            ActivationSpec.of(ActivationType.SOFTMAX)).score(z, a, Nd4j.createFromArray(new float[][] {{0, 1}})));
    }

    @Test
    void crossEntropyInJavaForFloat32AgreesWithLibnd4jsOperations() {
        // Double arrays take libnd4j's operations, float32 ones the Java loops; soft labels, logits up to 60 apart.
        Nd4j.getRandom().setSeed(4);
        final INDArray z = Nd4j.randn(DataType.DOUBLE, 50, 6).muli(10);
        final INDArray soft = Nd4j.rand(DataType.DOUBLE, 50, 6);
        soft.diviColumnVector(soft.sum(1));
        final INDArray classes = Nd4j.rand(DataType.DOUBLE, 50, 1).muli(6).castTo(DataType.INT32)
            .castTo(DataType.DOUBLE);
        final LossSpec dense = LossSpec.of(LossType.CATEGORICAL_CROSS_ENTROPY);
        final LossSpec sparse = LossSpec.of(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY)
            .withClassWeights(List.of(1.0, 2.0, 0.5, 1.0, 3.0, 1.0));
        assertSameInBothPaths(dense, z, soft);
        assertSameInBothPaths(sparse, z, classes);
    }

    private static void assertSameInBothPaths(final LossSpec spec, final INDArray z, final INDArray labels) {
        final ActivationSpec softmax = ActivationSpec.of(ActivationType.SOFTMAX);
        final INDArray a = z.ulike();
        Activations.create(softmax).forward(z, a);
        final Loss inLibnd4j = Losses.create(spec, softmax);
        final INDArray expected = z.ulike();
        inLibnd4j.gradient(z, a, labels, expected);
        final Loss inJava = Losses.create(spec, softmax);
        final INDArray z32 = z.castTo(DataType.FLOAT);
        final INDArray a32 = a.castTo(DataType.FLOAT);
        final INDArray labels32 = labels.castTo(DataType.FLOAT);
        final INDArray gradient = z32.ulike();
        inJava.gradient(z32, a32, labels32, gradient);
        assertArrayEquals(expected.ravel().toDoubleVector(),
            gradient.castTo(DataType.DOUBLE).ravel().toDoubleVector(), 1e-6);
        final double score = inLibnd4j.score(z, a, labels);
        assertEquals(score, inJava.score(z32, a32, labels32), 1e-5 * score);
    }
}
