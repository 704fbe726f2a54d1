package org.dlnodes.engine.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.metrics.ClassificationReport;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.testing.Dataset;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingListener;
import org.dlnodes.engine.train.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PredictorTest {

    private static Dataset digits;

    private static Network digitsNetwork;

    @BeforeAll
    static void trainDigits() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        digits = Dataset.load("digits", true, 0.2, 1);
        final NetworkSpec spec = NetworkSpec.builder().input(64).dense(32, ActivationType.RELU).dropout(0.3)
            .batchNorm().dense(10, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY).build();
        digitsNetwork = Network.create(spec, 4);
        new Trainer(TrainingSettings.builder().batchSize(32).epochs(15).seed(1).build()).fit(digitsNetwork,
            InMemoryDataSource.of(digits.trainX(), digits.trainY()), null, TrainingListener.NONE);
    }

    private static InMemoryDataSource digitsTest() {
        return InMemoryDataSource.of(digits.testX(), null);
    }

    @Test
    void predictsHeldOutDigitsAsTheMostProbableClass() {
        final Prediction prediction = new Predictor(digitsNetwork, PredictionSettings.defaults().withBatchSize(50))
            .predictAll(digitsTest());
        final int[] truth = digits.testY().toIntVector();
        assertEquals(truth.length, prediction.classes().length);
        for (int row = 0; row < truth.length; row++) {
            final float[] p = prediction.outputs()[row];
            double sum = 0;
            int argmax = 0;
            for (int k = 0; k < p.length; k++) {
                sum += p[k];
                argmax = p[k] > p[argmax] ? k : argmax;
            }
            assertEquals(1, sum, 1e-5, "row " + row + " sums to 1");
            assertEquals(argmax, prediction.classes()[row], "row " + row);
        }
        final ClassificationReport report = ClassificationReport.of(digits.classes(), truth, prediction.classes(),
            prediction.classProbabilities());
        assertTrue(report.accuracy() > 0.93, "accuracy " + report.accuracy());
    }

    @Test
    void inferenceIsDeterministicAndIndependentOfTheBatchSize() {
        final Prediction one = new Predictor(digitsNetwork, PredictionSettings.defaults().withBatchSize(7))
            .predictAll(digitsTest());
        final Prediction again = new Predictor(digitsNetwork, PredictionSettings.defaults().withBatchSize(7))
            .predictAll(digitsTest());
        final Prediction whole = new Predictor(digitsNetwork, PredictionSettings.defaults()).predictAll(digitsTest());
        assertArrayEquals(one.outputs(), again.outputs(), "dropout is off at inference");
        for (int row = 0; row < one.outputs().length; row++) {
            assertArrayEquals(one.outputs()[row], whole.outputs()[row], 1e-6f,
                "batchnorm uses its running statistics, not the batch's");
        }
        assertArrayEquals(one.classes(), whole.classes());
    }

    @Test
    void streamsBatchesInRowOrder() {
        final List<Integer> firstRows = new ArrayList<>();
        new Predictor(digitsNetwork, PredictionSettings.defaults().withBatchSize(100)).predict(digitsTest(),
            (first, outputs, classes) -> {
                firstRows.add(first);
                assertEquals(Math.min(100, digits.testX().rows() - first), outputs.length);
                assertEquals(outputs.length, classes.length);
            });
        assertEquals(List.of(0, 100, 200, 300), firstRows);
    }

    @Test
    void binaryClassesComeFromTheThreshold() {
        final NetworkSpec spec = NetworkSpec.builder().input(1).dense(1, ActivationType.SIGMOID)
            .loss(LossType.BINARY_CROSS_ENTROPY).build();
        final Network network = Network.create(spec, 1);
        network.parameters().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(1f, 0f)); // p = sigmoid(x)
        final InMemoryDataSource x = InMemoryDataSource.of(new float[][] {{-2}, {-0.1f}, {0.1f}, {2}}, null);
        final Prediction usual = new Predictor(network, PredictionSettings.defaults()).predictAll(x);
        assertArrayEquals(new int[] {0, 0, 1, 1}, usual.classes());
        assertArrayEquals(new int[] {0, 0, 0, 1},
            new Predictor(network, PredictionSettings.defaults().withThreshold(0.8)).predictAll(x).classes());
        final double p = 1 / (1 + Math.exp(-2));
        assertArrayEquals(new double[] {1 - p, p}, usual.classProbabilities()[3], 1e-6);
    }

    @Test
    void regressionGivesEveryOutputAndNoClasses() {
        final NetworkSpec spec = NetworkSpec.builder().input(2).dense(2, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).build();
        final Network network = Network.create(spec, 1);
        // weights [[1, 2], [3, 4]], biases [0.5, -0.5]: outputs (x1 + 3 x2 + 0.5, 2 x1 + 4 x2 - 0.5)
        network.parameters().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(1f, 2f, 3f, 4f, 0.5f, -0.5f));
        final List<int[]> classes = new ArrayList<>();
        final Prediction prediction = new Predictor(network, PredictionSettings.defaults())
            .predictAll(InMemoryDataSource.of(new float[][] {{1, 0}, {0, 1}, {1, 1}}, null));
        assertArrayEquals(new float[][] {{1.5f, 1.5f}, {3.5f, 3.5f}, {4.5f, 5.5f}}, prediction.outputs());
        assertEquals(0, prediction.classes().length);
        new Predictor(network, PredictionSettings.defaults())
            .predict(InMemoryDataSource.of(new float[][] {{1, 0}}, null), (first, outputs, c) -> classes.add(c));
        assertNull(classes.get(0));
    }

    @Test
    void settingsAreValidated() {
        assertEquals("The prediction batch size must be at least 1; got 0.",
            assertThrows(IllegalArgumentException.class, () -> PredictionSettings.defaults().withBatchSize(0))
                .getMessage());
    }
}
