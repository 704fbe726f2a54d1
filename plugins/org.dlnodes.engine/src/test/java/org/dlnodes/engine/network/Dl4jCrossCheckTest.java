package org.dlnodes.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The same weights and batch in DL4J's MultiLayerNetwork (Dense tanh, BatchNorm in training mode, output layer) give
 * the same loss and gradients within 1e-5. DL4J's L2 is {@code l2/2 sum W²}, so it gets twice our factor; it applies
 * the penalties' gradients in its updater, so gradients are compared without penalties, losses with them. DL4J's
 * gradients are sums over the batch (its updater divides by the batch size), ours are means, so ours are scaled by
 * the batch size. DL4J's Poisson loss sums over the outputs where Keras averages, so it is compared on one output.
 */
class Dl4jCrossCheckTest {

    private static final int BATCH = 8;

    private static final double L1 = 0.01;

    private static final double L2 = 0.02;

    /** The largest difference seen over all cases, reported by the last one. */
    private static double largestDifference;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of(LossType.CATEGORICAL_CROSS_ENTROPY, ActivationType.SOFTMAX, LossFunction.MCXENT,
                Activation.SOFTMAX, 3),
            Arguments.of(LossType.BINARY_CROSS_ENTROPY, ActivationType.SIGMOID, LossFunction.XENT,
                Activation.SIGMOID, 1),
            Arguments.of(LossType.MEAN_SQUARED_ERROR, ActivationType.LINEAR, LossFunction.MSE, Activation.IDENTITY,
                2),
            Arguments.of(LossType.MEAN_ABSOLUTE_ERROR, ActivationType.LINEAR, LossFunction.MEAN_ABSOLUTE_ERROR,
                Activation.IDENTITY, 2),
            Arguments.of(LossType.HINGE, ActivationType.TANH, LossFunction.HINGE, Activation.TANH, 1),
            Arguments.of(LossType.SQUARED_HINGE, ActivationType.TANH, LossFunction.SQUARED_HINGE, Activation.TANH,
                1),
            Arguments.of(LossType.KL_DIVERGENCE, ActivationType.SOFTMAX, LossFunction.KL_DIVERGENCE,
                Activation.SOFTMAX, 3),
            Arguments.of(LossType.POISSON, ActivationType.SOFTPLUS, LossFunction.POISSON, Activation.SOFTPLUS, 1),
            Arguments.of(LossType.MEAN_SQUARED_LOGARITHMIC_ERROR, ActivationType.SOFTPLUS,
                LossFunction.MEAN_SQUARED_LOGARITHMIC_ERROR, Activation.SOFTPLUS, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameLossAndGradientsAsDl4j(final LossType loss, final ActivationType output, final LossFunction dl4jLoss,
        final Activation dl4jOutput, final int outputs) {
        Nd4j.getRandom().setSeed(17);
        final INDArray x = Nd4j.randn(DataType.DOUBLE, BATCH, 4);
        final INDArray y = labels(loss, outputs);
        for (final boolean penalized : new boolean[] {false, true}) {
            final double l1 = penalized ? L1 : 0;
            final double l2 = penalized ? L2 : 0;
            final Network ours = Network.create(NetworkSpec.builder().input(4)
                .layer(DenseSpec.of(5, ActivationType.TANH).withRegularization(l1, l2))
                .layer(new BatchNormSpec(0.9, 1e-5, true, true))
                .layer(DenseSpec.of(outputs, output).withRegularization(l1, l2)).loss(loss).build(), 3,
                DataType.DOUBLE);
            ours.forward(x, true);
            final double ourLoss = ours.backward(y);

            final MultiLayerNetwork reference = dl4j(dl4jLoss, dl4jOutput, outputs, l1, 2 * l2);
            copyParameters(ours, reference);
            reference.setInput(x);
            reference.setLabels(y);
            reference.computeGradientAndScore();
            compare(loss + " loss, penalized " + penalized, ourLoss, reference.score());
            if (!penalized) {
                final Gradient gradient = reference.gradient();
                for (final String name : new String[] {"0_W", "0_b", "1_gamma", "1_beta", "2_W", "2_b"}) {
                    final INDArray theirs = gradient.getGradientFor(name);
                    final INDArray mine = ours.parameterList().stream()
                        .filter(p -> p.name().equals(ourName(name))).findFirst().orElseThrow().gradient();
                    compare(loss + " gradient " + name, mine.reshape(theirs.shape()).mul(BATCH), theirs);
                }
            }
        }
        System.out.println("DL4J cross-check " + loss + ": largest difference so far " + largestDifference);
    }

    private static MultiLayerNetwork dl4j(final LossFunction loss, final Activation output, final int outputs,
        final double l1, final double l2) {
        final MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
            .updater(new NoOp()).list()
            .layer(new DenseLayer.Builder().nIn(4).nOut(5).activation(Activation.TANH).l1(l1).l2(l2).build())
            .layer(new BatchNormalization.Builder().nOut(5).eps(1e-5).decay(0.9).useLogStd(false).build())
            .layer(new OutputLayer.Builder(loss).nIn(5).nOut(outputs).activation(output).l1(l1).l2(l2).build())
            .build();
        final MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    private static void copyParameters(final Network ours, final MultiLayerNetwork reference) {
        for (final String name : new String[] {"0_W", "0_b", "1_gamma", "1_beta", "2_W", "2_b"}) {
            final int layer = Integer.parseInt(name.substring(0, 1));
            final String key = name.substring(2);
            final INDArray target = reference.getLayer(layer).getParam(key);
            final INDArray value = ours.arrays().get(ourName(name));
            reference.getLayer(layer).setParam(key, value.reshape(target.shape()).dup(target.ordering()));
        }
    }

    private static String ourName(final String dl4jName) {
        return switch (dl4jName) {
            case "0_W" -> "dense_1/weights";
            case "0_b" -> "dense_1/bias";
            case "1_gamma" -> "batch_norm_1/gamma";
            case "1_beta" -> "batch_norm_1/beta";
            case "2_W" -> "dense_2/weights";
            default -> "dense_2/bias";
        };
    }

    private static INDArray labels(final LossType loss, final int outputs) {
        final INDArray random = Nd4j.rand(DataType.DOUBLE, BATCH, outputs);
        return switch (loss) {
            case CATEGORICAL_CROSS_ENTROPY -> {
                final INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, BATCH, outputs);
                for (int i = 0; i < BATCH; i++) {
                    oneHot.putScalar(i, i % outputs, 1);
                }
                yield oneHot;
            }
            case BINARY_CROSS_ENTROPY -> random.gt(0.5).castTo(DataType.DOUBLE);
            case HINGE, SQUARED_HINGE -> random.gt(0.5).castTo(DataType.DOUBLE).muli(2).subi(1);
            case KL_DIVERGENCE -> random.diviColumnVector(random.sum(true, 1));
            default -> random.muli(3);
        };
    }

    private static void compare(final String what, final double mine, final double theirs) {
        largestDifference = Math.max(largestDifference, Math.abs(mine - theirs));
        assertEquals(theirs, mine, 1e-5, what);
    }

    private static void compare(final String what, final INDArray mine, final INDArray theirs) {
        final double difference = mine.sub(theirs).amaxNumber().doubleValue();
        largestDifference = Math.max(largestDifference, difference);
        assertEquals(0, difference, 1e-5, what + ": ours " + mine + ", DL4J " + theirs);
    }
}
