package org.dlnodes.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.testing.MiniBatchTraining;
import org.dlnodes.engine.train.ReduceLearningRateSettings;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingListener;
import org.dlnodes.engine.train.TrainingResult;
import org.dlnodes.engine.train.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Save and load: exact round trip, training resumes identically, and bad files give clear errors. */
class TrainedModelTest {

    private static final DataMapping MAPPING = new DataMapping(List.of("a", "b", "c"), List.of("x", "y", "z"),
        List.of(1.0, 2.0, 3.0), List.of(0.5, 0.25, 2.0));

    private static INDArray x;

    private static INDArray y;

    @BeforeAll
    static void data() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
        Nd4j.getRandom().setSeed(1);
        x = Nd4j.randn(DataType.FLOAT, 20, 3);
        y = Nd4j.createFromArray(new float[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1})
            .reshape(20, 1);
    }

    private static NetworkSpec spec() {
        return NetworkSpec.builder().input(3).dense(8, ActivationType.TANH).batchNorm().dropout(0.1)
            .dense(3, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY)
            .optimizer(OptimizerSpec.builder(OptimizerType.NADAM).learningRate(0.01).build()).build();
    }

    private static byte[] trainedModelBytes() throws IOException {
        final Network network = Network.create(spec(), 3);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainedModel.of(network, MiniBatchTraining.fit(network, x, y, 3, 5, 3), MAPPING).save(out);
        return out.toByteArray();
    }

    @Test
    void roundTripIsExactAndTrainingResumesIdentically() throws IOException {
        final Network network = Network.create(spec(), 3);
        final TrainingResult training = MiniBatchTraining.fit(network, x, y, 3, 5, 3);
        final Optimizer optimizer = training.optimizer();
        final TrainedModel model = TrainedModel.of(network, training, MAPPING);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);

        final TrainedModel loaded = TrainedModel.load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.spec(), loaded.spec());
        assertEquals(MAPPING, loaded.mapping());
        assertEquals(model.arrays().keySet(), loaded.arrays().keySet());
        model.arrays().forEach((name, array) -> assertEquals(array, loaded.arrays().get(name), name));
        assertEquals(model.optimizerSteps(), loaded.optimizerSteps());
        assertEquals(network.predict(x), loaded.toNetwork().predict(x));
        assertResumesIdentically(network, optimizer, loaded);
    }

    /** One more step on both: the saved optimizer state must continue exactly where the original is. */
    private static void assertResumesIdentically(final Network network, final Optimizer optimizer,
        final TrainedModel loaded) {
        final Network restored = loaded.toNetwork();
        final Optimizer restoredOptimizer = loaded.toOptimizer(restored);
        for (final var pair : List.of(new Object[] {network, optimizer}, new Object[] {restored, restoredOptimizer})) {
            final Network n = (Network)pair[0];
            n.reseed(9);
            n.forward(x, true);
            n.backward(y);
            ((Optimizer)pair[1]).step(n.parameters(), n.gradients());
        }
        assertEquals(network.parameters(), restored.parameters());
    }

    @Test
    void theModelKeepsTheLearningRateThatAReductionLeft() throws IOException {
        // no epoch improves the loss by 10: from the second epoch on, every epoch halves the learning rate
        final ReduceLearningRateSettings halving = ReduceLearningRateSettings.builder().monitor("loss").minDelta(10)
            .patience(1).factor(0.5).build();
        final Network network = Network.create(spec(), 3);
        final TrainingResult training = new Trainer(TrainingSettings.builder().epochs(3).batchSize(5).seed(3)
            .reduceLearningRate(halving).build()).fit(network, InMemoryDataSource.of(x, y), null,
                TrainingListener.NONE);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainedModel.of(network, training, MAPPING).save(out);

        final TrainedModel loaded = TrainedModel.load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(0.01 * 0.5 * 0.5, loaded.spec().optimizer().learningRate(), 1e-15);
        assertEquals(0.01, network.spec().optimizer().learningRate(), "the network's spec is what training began with");
        assertEquals(network.spec().withOptimizer(loaded.spec().optimizer()), loaded.spec(), "only the rate differs");
        assertResumesIdentically(network, training.optimizer(), loaded);
    }

    @Test
    void truncatedFileIsRejectedClearly() throws IOException {
        final byte[] bytes = trainedModelBytes();
        for (final int length : new int[] {0, 10, bytes.length / 2, bytes.length - 30}) {
            final ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> TrainedModel.load(new ByteArrayInputStream(Arrays.copyOf(bytes, length))));
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("incomplete")
                || e.getMessage().contains("not a Deep Learning Nodes model"), e.getMessage());
        }
    }

    @Test
    void corruptedFileIsRejectedClearly() throws IOException {
        final byte[] bytes = trainedModelBytes();
        bytes[bytes.length / 3] ^= 0x5A;
        final ModelFormatException e = assertThrows(ModelFormatException.class,
            () -> TrainedModel.load(new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void foreignFilesAreRejectedClearly() throws IOException {
        final ModelFormatException text = assertThrows(ModelFormatException.class,
            () -> TrainedModel.load(new ByteArrayInputStream("hello, not a zip".getBytes(StandardCharsets.UTF_8))));
        assertTrue(text.getMessage().contains("not a Deep Learning Nodes model file"), text.getMessage());

        final ModelFormatException otherZip = assertThrows(ModelFormatException.class,
            () -> TrainedModel.load(new ByteArrayInputStream(zipWith("readme.txt", "hi"))));
        assertTrue(otherZip.getMessage().contains("not a Deep Learning Nodes model file"), otherZip.getMessage());

        final ModelFormatException newer = assertThrows(ModelFormatException.class,
            () -> TrainedModel.load(new ByteArrayInputStream(
                zipWith("manifest.json", "{\"format\":\"dlnodes-model\",\"formatVersion\":99}"))));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
    }

    private static byte[] zipWith(final String name, final String content) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
