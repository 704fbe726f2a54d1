package org.dlnodes.engine.network;

import java.util.List;
import java.util.stream.Stream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.LossSpec;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.testing.FiniteDifferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The whole backward pass (every loss, Dense, BatchNorm in training mode, Dropout with a fixed mask, with and without
 * L1/L2 and class weights) against central differences of the training loss, in double precision.
 */
class NetworkGradientTest {

    private static final int BATCH = 6;

    private static final long MASK_SEED = 7;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    static Stream<Arguments> cases() {
        return Stream.of(LossType.values()).flatMap(loss -> Stream.of(
            Arguments.of(loss, false, false), Arguments.of(loss, true, false), Arguments.of(loss, true, true)))
            .filter(a -> !(boolean)a.get()[2] || ((LossType)a.get()[0]).isClassification());
    }

    @ParameterizedTest(name = "{0}, L1/L2 {1}, class weights {2}")
    @MethodSource("cases")
    void gradientsAreExact(final LossType lossType, final boolean regularized, final boolean classWeights) {
        final int outputs = outputUnits(lossType);
        final double penalty = regularized ? 0.01 : 0;
        LossSpec loss = LossSpec.of(lossType);
        if (classWeights) {
            loss = loss.withClassWeights(outputs == 1 ? List.of(0.5, 2.0) : List.of(0.5, 2.0, 1.5));
        }
        final NetworkSpec spec = NetworkSpec.builder().input(4)
            .layer(DenseSpec.of(5, ActivationType.TANH).withRegularization(penalty, penalty))
            .layer(new BatchNormSpec(0.9, 1e-3, true, true))
            .dropout(0.3)
            .layer(DenseSpec.of(outputs, outputActivation(lossType)).withRegularization(penalty, 2 * penalty))
            .loss(loss).build();
        final Network network = Network.create(spec, 42, DataType.DOUBLE);
        Nd4j.getRandom().setSeed(3);
        final INDArray x = Nd4j.randn(DataType.DOUBLE, BATCH, 4);
        final INDArray y = labels(lossType, outputs);

        network.reseed(MASK_SEED);
        network.forward(x, true);
        network.backward(y);
        final INDArray analytic = network.gradients().dup();

        FiniteDifferences.check(lossType + " regularized=" + regularized, () -> {
            network.reseed(MASK_SEED);
            network.forward(x, true);
            return network.backward(y);
        }, network.parameters(), analytic);
    }

    @ParameterizedTest
    @MethodSource("hiddenActivations")
    void gradientsAreExactThroughEveryHiddenActivation(final ActivationType hidden) {
        final NetworkSpec spec = NetworkSpec.builder().input(3).layer(DenseSpec.of(4, hidden)
            .withRegularization(0.01, 0.02)).dense(2, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).build();
        final Network network = Network.create(spec, 5, DataType.DOUBLE);
        Nd4j.getRandom().setSeed(11);
        final INDArray x = Nd4j.randn(DataType.DOUBLE, BATCH, 3);
        final INDArray y = Nd4j.randn(DataType.DOUBLE, BATCH, 2);
        network.forward(x, true);
        network.backward(y);
        final INDArray analytic = network.gradients().dup();
        FiniteDifferences.check(hidden.name(), () -> {
            network.forward(x, true);
            return network.backward(y);
        }, network.parameters(), analytic);
    }

    @ParameterizedTest(name = "scale {0}, center {1}")
    @CsvSource({"true, false", "false, true", "false, false"})
    void batchNormGradientsWithoutScaleOrCenter(final boolean scale, final boolean center) {
        final NetworkSpec spec = NetworkSpec.builder().input(3).dense(4, ActivationType.SIGMOID)
            .layer(new BatchNormSpec(0.9, 1e-3, scale, center)).dense(2, ActivationType.SOFTMAX)
            .loss(LossType.CATEGORICAL_CROSS_ENTROPY).build();
        final Network network = Network.create(spec, 8, DataType.DOUBLE);
        Nd4j.getRandom().setSeed(13);
        final INDArray x = Nd4j.randn(DataType.DOUBLE, BATCH, 3);
        final INDArray y = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}, {0, 1}, {1, 0}, {1, 0}, {0, 1}});
        network.forward(x, true);
        network.backward(y);
        final INDArray analytic = network.gradients().dup();
        FiniteDifferences.check("batch norm scale=" + scale + " center=" + center, () -> {
            network.forward(x, true);
            return network.backward(y);
        }, network.parameters(), analytic);
    }

    static Stream<ActivationType> hiddenActivations() {
        // Relu-like activations are left to the activation test, where inputs keep clear of the kink.
        return Stream.of(ActivationType.values()).filter(a -> a != ActivationType.RELU
            && a != ActivationType.LEAKY_RELU && a != ActivationType.HARD_SIGMOID);
    }

    private static int outputUnits(final LossType loss) {
        return switch (loss) {
            case BINARY_CROSS_ENTROPY, HINGE, SQUARED_HINGE -> 1;
            default -> 3;
        };
    }

    private static ActivationType outputActivation(final LossType loss) {
        return switch (loss) {
            case CATEGORICAL_CROSS_ENTROPY, SPARSE_CATEGORICAL_CROSS_ENTROPY, KL_DIVERGENCE -> ActivationType.SOFTMAX;
            case BINARY_CROSS_ENTROPY -> ActivationType.SIGMOID;
            case MEAN_SQUARED_LOGARITHMIC_ERROR, POISSON -> ActivationType.SOFTPLUS;
            case HINGE, SQUARED_HINGE -> ActivationType.TANH;
            default -> ActivationType.LINEAR;
        };
    }

    private static INDArray labels(final LossType loss, final int outputs) {
        final double[] classes = {0, 2, 1, 1, 0, 2};
        final INDArray indices = Nd4j.createFromArray(classes).reshape(BATCH, 1);
        final INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, BATCH, 3);
        for (int i = 0; i < BATCH; i++) {
            oneHot.putScalar(i, (int)classes[i], 1);
        }
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSS_ENTROPY -> indices;
            case CATEGORICAL_CROSS_ENTROPY, CATEGORICAL_HINGE -> oneHot;
            case KL_DIVERGENCE -> Nd4j.createFromArray(new double[][] {{0.2, 0.5, 0.3}, {0.1, 0.1, 0.8},
                {0.6, 0.2, 0.2}, {0.3, 0.3, 0.4}, {0.05, 0.9, 0.05}, {0.5, 0.25, 0.25}});
            case BINARY_CROSS_ENTROPY -> Nd4j.createFromArray(new double[] {0, 1, 1, 0, 1, 0}).reshape(BATCH, 1);
            case HINGE, SQUARED_HINGE -> Nd4j.createFromArray(new double[] {-1, 1, 1, -1, 1, -1}).reshape(BATCH, 1);
            default -> Nd4j.rand(DataType.DOUBLE, BATCH, outputs).muli(3);
        };
    }
}
