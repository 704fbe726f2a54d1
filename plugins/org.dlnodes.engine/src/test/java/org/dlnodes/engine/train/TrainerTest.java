package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.data.Split;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.testing.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainer on the real data sets of the test resources. */
class TrainerTest {

    private static Dataset iris;

    private static InMemoryDataSource irisTraining;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        // One thread for ND4J and for BLAS: the bit-identical comparisons below need a fixed summation order.
        new ComputeSettings(1, 1, 1, 0).applyThreads();
        iris = Dataset.load("iris", true, 0.2, 1);
        irisTraining = InMemoryDataSource.of(iris.trainX(), iris.trainY());
    }

    private static NetworkSpec irisNetwork(final double learningRate) {
        return NetworkSpec.builder().input(4).dense(16, ActivationType.RELU).dropout(0.1).batchNorm()
            .dense(3, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY)
            .optimizer(OptimizerSpec.builder(OptimizerType.ADAM).learningRate(learningRate).build()).build();
    }

    private static TrainingSettings.Builder settings(final int epochs) {
        return TrainingSettings.builder().batchSize(16).epochs(epochs).seed(3);
    }

    @Test
    void learnsIrisWithAStratifiedValidationSplit() {
        final Split split = irisTraining.split(0.25, 5, true);
        final Network network = Network.create(irisNetwork(0.01), 11);
        final TrainingResult result = new Trainer(settings(60).build()).fit(network, split.training(),
            split.validation(), TrainingListener.NONE);
        final History history = result.history();
        assertEquals(StopReason.Kind.EPOCHS_DONE, history.stopReason().kind());
        assertEquals("Trained all 60 epochs.", history.stopReason().message());
        assertEquals(60, history.epochs().size());
        assertEquals(List.of("loss", "accuracy", "val_loss", "val_accuracy"),
            List.copyOf(history.epochs().get(0).metrics().keySet()));
        final double[] loss = history.metric("loss");
        assertTrue(loss[59] < 0.4 * loss[0], "the training loss falls: " + loss[0] + " -> " + loss[59]);
        assertTrue(history.metric("val_accuracy")[59] >= 0.9, "val_accuracy " + history.metric("val_accuracy")[59]);
        assertEquals(0.01, history.epochs().get(59).learningRate(), 0);
        assertTrue(history.epochs().stream().allMatch(e -> e.seconds() > 0));
    }

    @Test
    void everyBatchIsAStepAndTheLastBatchIsPartial() {
        // 120 rows in batches of 32: 32, 32, 32 and 24.
        final TrainingResult result = new Trainer(settings(3).batchSize(32).build())
            .fit(Network.create(irisNetwork(0.01), 1), irisTraining, null, TrainingListener.NONE);
        assertEquals(12, result.optimizer().iterations());
        final TrainingResult whole = new Trainer(settings(3).batchSize(1000).build())
            .fit(Network.create(irisNetwork(0.01), 1), irisTraining, null, TrainingListener.NONE);
        assertEquals(3, whole.optimizer().iterations(), "a batch larger than the data is batch gradient descent");
        final TrainingResult online = new Trainer(settings(1).batchSize(1).build())
            .fit(Network.create(irisNetwork(0.01), 1), irisTraining, null, TrainingListener.NONE);
        assertEquals(120, online.optimizer().iterations());
    }

    @Test
    void theSameSeedGivesBitIdenticalWeights() {
        assertArrayEquals(trainIris(7), trainIris(7));
        assertFalse(java.util.Arrays.equals(trainIris(7), trainIris(8)), "the seed changes the row order");
    }

    private static float[] trainIris(final long shuffleSeed) {
        final Network network = Network.create(irisNetwork(0.01), 11);
        new Trainer(settings(5).seed(shuffleSeed).build()).fit(network, irisTraining, null, TrainingListener.NONE);
        return network.parameters().toFloatVector();
    }

    @Test
    void twoTrainingsInTwoThreadsGiveTheirSingleThreadedResults() throws Exception {
        final Dataset cancer = Dataset.load("breast_cancer", true, 0.2, 1);
        final DataSource cancerTraining = InMemoryDataSource.of(cancer.trainX(), cancer.trainY());
        final float[] irisAlone = trainIris(7);
        final float[] cancerAlone = trainBinary(cancerTraining);
        final ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                final Future<float[]> irisTogether = threads.submit(() -> trainIris(7));
                final Future<float[]> cancerTogether = threads.submit(() -> trainBinary(cancerTraining));
                assertArrayEquals(irisAlone, irisTogether.get());
                assertArrayEquals(cancerAlone, cancerTogether.get());
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void workThreadsGiveTheSameWeightsOnEveryRunAlsoNextToAnotherTraining() throws Exception {
        // Digits through 512 units: the first layer's products and Adam's update are large enough to be split.
        final Dataset digits = Dataset.load("digits", true, 0.2, 1);
        final DataSource data = InMemoryDataSource.of(digits.trainX(), digits.trainY());
        final ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            final float[] alone = threads.submit(() -> trainWide(data)).get();
            assertArrayEquals(alone, threads.submit(() -> trainWide(data)).get());
            final Future<float[]> first = threads.submit(() -> trainWide(data));
            final Future<float[]> second = threads.submit(() -> trainWide(data));
            assertArrayEquals(alone, first.get());
            assertArrayEquals(alone, second.get());
        } finally {
            threads.shutdown();
        }
    }

    /** @return the weights after training on the calling thread with two work threads */
    private static float[] trainWide(final DataSource data) {
        new ComputeSettings(1, 1, 2, 0).applyThreads();
        final NetworkSpec spec = NetworkSpec.builder().input(data.featureCount()).dense(512, ActivationType.RELU)
            .dropout(0.2).batchNorm().dense(10, ActivationType.SOFTMAX)
            .loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY).build();
        final Network network = Network.create(spec, 5);
        final History history = new Trainer(TrainingSettings.builder().batchSize(128).epochs(3).seed(3).build())
            .fit(network, data, null, TrainingListener.NONE).history();
        assertTrue(history.metric("accuracy")[2] > 0.8, "digits accuracy " + history.metric("accuracy")[2]);
        return network.parameters().toFloatVector();
    }

    private static float[] trainBinary(final DataSource data) {
        final NetworkSpec spec = NetworkSpec.builder().input(data.featureCount()).dense(8, ActivationType.TANH)
            .dense(1, ActivationType.SIGMOID).loss(LossType.BINARY_CROSS_ENTROPY).build();
        final Network network = Network.create(spec, 5);
        final History history = new Trainer(settings(8).build()).fit(network, data, null, TrainingListener.NONE)
            .history();
        assertTrue(history.metric("accuracy")[7] > 0.9, "binary accuracy " + history.metric("accuracy")[7]);
        return network.parameters().toFloatVector();
    }

    private static NetworkSpec diabetesNetwork(final OptimizerSpec.Builder optimizer) {
        return NetworkSpec.builder().input(10).dense(16, ActivationType.RELU).dense(1, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).optimizer(optimizer.build()).build();
    }

    @Test
    void learnsRegressionAndReportsTheMeanAbsoluteError() {
        final Dataset diabetes = Dataset.load("diabetes", false, 0.2, 1);
        final NetworkSpec spec = diabetesNetwork(OptimizerSpec.builder(OptimizerType.ADAM).learningRate(0.05));
        final History history = new Trainer(settings(40).build()).fit(Network.create(spec, 2),
            InMemoryDataSource.of(diabetes.trainX(), diabetes.trainY()),
            InMemoryDataSource.of(diabetes.testX(), diabetes.testY()), TrainingListener.NONE).history();
        assertEquals(List.of("loss", "mae", "val_loss", "val_mae"),
            List.copyOf(history.epochs().get(0).metrics().keySet()));
        // Predicting the mean progression has a mean absolute error of about 64.
        assertTrue(history.metric("val_mae")[39] < 50, "val_mae " + history.metric("val_mae")[39]);
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsWeights() {
        final Split split = irisTraining.split(0.25, 5, true);
        final Network network = Network.create(irisNetwork(0.05), 11);
        final EarlyStoppingSettings stopping = EarlyStoppingSettings.builder().monitor("val_loss").patience(3)
            .restoreBestWeights(true).build();
        final History history = new Trainer(settings(500).earlyStopping(stopping).build())
            .fit(network, split.training(), split.validation(), TrainingListener.NONE).history();
        final StopReason reason = history.stopReason();
        assertEquals(StopReason.Kind.EARLY_STOPPING, reason.kind());
        final double[] valLoss = history.metric("val_loss");
        int best = 0;
        for (int e = 1; e < valLoss.length; e++) {
            best = valLoss[e] < valLoss[best] ? e : best;
        }
        assertEquals(valLoss.length, reason.epoch());
        assertEquals(best + 4, reason.epoch(), "three epochs of patience after the best one");
        assertEquals(best + 1, reason.restoredEpoch().orElseThrow());
        assertEquals("Early stopping at epoch " + reason.epoch() + ": val_loss did not improve for 3 epoch(s); the"
            + " weights of epoch " + (best + 1) + " were restored.", reason.message());
        final History check = new Trainer(settings(1).build()).fit(Network.create(irisNetwork(0.05), 0),
            split.training(), split.validation(), TrainingListener.NONE).history();
        assertEquals(1, check.epochs().size());
        assertEquals(valLoss[best], validationLoss(network, split), 1e-6, "the network has the best weights again");
    }

    private static double validationLoss(final Network network, final Split split) {
        final org.nd4j.linalg.api.ndarray.INDArray x =
            org.nd4j.linalg.factory.Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT,
                split.validation().rowCount(), 4);
        final org.nd4j.linalg.api.ndarray.INDArray y =
            org.nd4j.linalg.factory.Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT,
                split.validation().rowCount(), 1);
        try (var reader = split.validation().open(null)) {
            reader.read(x, y);
        }
        return network.loss(x, y);
    }

    @Test
    void reducesTheLearningRateOnAPlateau() {
        final ReduceLearningRateSettings reduce = ReduceLearningRateSettings.builder().monitor("loss").patience(0)
            .factor(0.5).minDelta(100).build();
        final History history = new Trainer(settings(3).reduceLearningRate(reduce).build())
            .fit(Network.create(irisNetwork(0.01), 1), irisTraining, null, TrainingListener.NONE).history();
        // An epoch logs the rate it trained with; the reduction after epoch 2 applies from epoch 3 on, as in Keras.
        assertArrayEquals(new double[] {0.01, 0.01, 0.005},
            history.epochs().stream().mapToDouble(EpochLog::learningRate).toArray(), 1e-12);
    }

    @Test
    void cancellationStopsBeforeTheNextBatch() {
        final int[] asked = {0};
        final int[] batchesDone = {0};
        final TrainingListener cancelInSecondEpoch = new TrainingListener() {
            @Override
            public boolean cancelRequested() {
                return ++asked[0] > 8 + 2; // 8 batches per epoch: cancel before batch 3 of epoch 2
            }

            @Override
            public void batchDone(final int epoch, final int batch, final int batchesPerEpoch, final double loss) {
                assertEquals(8, batchesPerEpoch);
                batchesDone[0]++;
            }
        };
        final TrainingResult result = new Trainer(settings(5).build()).fit(Network.create(irisNetwork(0.01), 1),
            irisTraining, null, cancelInSecondEpoch);
        final StopReason reason = result.history().stopReason();
        assertEquals(StopReason.Kind.CANCELLED, reason.kind());
        assertEquals(2, reason.epoch());
        assertEquals(3, reason.batch());
        assertEquals("Training was cancelled in epoch 2 before batch 3 of 8; the network keeps the weights of its"
            + " last applied batch.", reason.message());
        assertEquals(10, result.optimizer().iterations());
        assertEquals(10, batchesDone[0]);
        assertEquals(1, result.history().epochs().size());
    }

    @Test
    void aDivergingLossStopsTrainingNamingTheEpochAndBatch() {
        final Dataset diabetes = Dataset.load("diabetes", false, 0.2, 1);
        final Network network =
            Network.create(diabetesNetwork(OptimizerSpec.builder(OptimizerType.SGD).learningRate(1e6)), 2);
        final StopReason reason = new Trainer(settings(5).build()).fit(network,
            InMemoryDataSource.of(diabetes.trainX(), diabetes.trainY()), null, TrainingListener.NONE).history()
            .stopReason();
        assertEquals(StopReason.Kind.NOT_FINITE_LOSS, reason.kind());
        assertTrue(reason.message().matches("The loss became (NaN|Infinity) in epoch " + reason.epoch()
            + " at batch " + reason.batch() + " of 23 \\(try a lower learning rate, gradient clipping, or normalized"
            + " data\\); that batch was not applied; the network keeps the weights of its last applied batch\\."),
            reason.message());
    }

    @Test
    void rejectsDataThatDoesNotFitAndMetricsThatAreNotReported() {
        final Network network = Network.create(irisNetwork(0.01), 1);
        final Trainer trainer = new Trainer(settings(1).earlyStopping(EarlyStoppingSettings.builder().build())
            .build());
        assertEquals("The early stopping monitors 'val_loss', but training reports only [loss, accuracy];"
            + " validation metrics need validation data.", assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(network, irisTraining, null, TrainingListener.NONE)).getMessage());
        final DataSource oneHot = InMemoryDataSource.of(new float[][] {{1, 2, 3, 4}},
            new float[][] {{0, 1, 0}});
        assertEquals("The training data has 3 target columns but the loss sparse_categorical_cross_entropy of a"
            + " network with 3 outputs needs 1.", assertThrows(IllegalArgumentException.class,
                () -> new Trainer(settings(1).build()).fit(network, oneHot, null, TrainingListener.NONE))
                .getMessage());
    }

    @Test
    void checksDataHeldInMemoryAsAWholeBeforeTheFirstStep() {
        final float[][] features = new float[300][4];
        final float[][] classes = new float[300][1];
        for (int i = 0; i < 300; i++) {
            features[i] = new float[] {i % 7, i % 5, i % 3, 1};
            classes[i][0] = i % 3;
        }
        features[299][2] = Float.NaN;
        final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        final TrainingListener counting = new TrainingListener() {
            @Override
            public void batchDone(final int epoch, final int batch, final int batchesPerEpoch, final double loss) {
                steps.incrementAndGet();
            }
        };
        final Trainer trainer = new Trainer(settings(1).build());
        assertEquals("The features contain missing (NaN) or infinite values; remove or impute them first.",
            assertThrows(IllegalArgumentException.class, () -> trainer.fit(Network.create(irisNetwork(0.01), 1),
                InMemoryDataSource.of(features, classes), null, counting)).getMessage());
        features[299][2] = 0;
        classes[150][0] = 3;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> trainer.fit(Network.create(irisNetwork(0.01),
            1), InMemoryDataSource.of(features, classes), null, counting)).getMessage()
            .startsWith("The class indices must be whole numbers from 0 to 2"));
        assertEquals(0, steps.get(), "no step before the data is checked");
    }

    @Test
    void theNetworkChecksItsInputsAgainAfterTraining() {
        final Network network = Network.create(irisNetwork(0.01), 1);
        new Trainer(settings(2).build()).fit(network, irisTraining, null, TrainingListener.NONE);
        final org.nd4j.linalg.api.ndarray.INDArray bad = iris.testX().dup();
        bad.putScalar(0, 0, Float.NaN);
        assertEquals("The features contain missing (NaN) or infinite values; remove or impute them first.",
            assertThrows(IllegalArgumentException.class, () -> network.forward(bad, false)).getMessage());
    }

    @Test
    void settingsAreValidated() {
        assertEquals("The batch size must be at least 1; got 0.",
            assertThrows(IllegalArgumentException.class, () -> settings(1).batchSize(0).build()).getMessage());
        assertEquals("The number of BLAS threads must be at least 1; got 0.",
            assertThrows(IllegalArgumentException.class, () -> new ComputeSettings(1, 0, 1, 0)).getMessage());
    }

    @Test
    void outOfMemoryNamesTheSettingToRaise() {
        final IllegalStateException offHeap = MemoryErrors.explain(new OutOfMemoryError(
            "Cannot allocate new FloatPointer(1000000000): totalBytes = 1G, physicalBytes = 2G"));
        assertTrue(offHeap.getMessage().startsWith("Training ran out of off-heap memory, where the network's arrays"
            + " live (limit "), offHeap.getMessage());
        assertTrue(offHeap.getMessage().contains("Raise the off-heap memory limit (the setting 'off-heap memory"
            + " limit', system property org.bytedeco.javacpp.maxbytes)"), offHeap.getMessage());
        assertTrue(MemoryErrors.explain(new OutOfMemoryError("Java heap space")).getMessage()
            .contains("-Xmx"));
    }
}
