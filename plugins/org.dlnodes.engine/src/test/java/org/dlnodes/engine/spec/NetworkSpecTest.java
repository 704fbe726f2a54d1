package org.dlnodes.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Validation messages, JSON round trip, summary and equality of specs; no ND4J needed. */
class NetworkSpecTest {

    private static NetworkSpec.Builder classifier() {
        return NetworkSpec.builder().input(4).dense(16, ActivationType.RELU).dropout(0.2).batchNorm();
    }

    private static void assertRejected(final Supplier<?> build, final String... fragments) {
        final InvalidSpecException e = assertThrows(InvalidSpecException.class, build::get);
        for (final String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void invalidCombinationsNameTheLayerAndTheFix() {
        assertRejected(() -> classifier().dense(1, ActivationType.SOFTMAX).loss(LossType.MEAN_SQUARED_ERROR).build(),
            "Layer 4 (Dense)", "softmax", "use sigmoid");
        assertRejected(() -> classifier().dense(3, ActivationType.SIGMOID).loss(LossType.BINARY_CROSS_ENTROPY)
            .build(), "Layer 4", "3 output units", "categorical cross-entropy");
        assertRejected(() -> NetworkSpec.builder().input(4).dropout(1.0).dense(1, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).build(), "Layer 1 (Dropout)", "below 1");
        assertRejected(() -> NetworkSpec.builder().input(4).dense(0, ActivationType.RELU)
            .dense(1, ActivationType.LINEAR).loss(LossType.MEAN_SQUARED_ERROR).build(), "Layer 1 (Dense)",
            "units is 0", "at least 1");
        assertRejected(() -> classifier().dense(3, ActivationType.RELU)
            .loss(LossType.CATEGORICAL_CROSS_ENTROPY).build(), "softmax");
        assertRejected(() -> classifier().loss(LossType.MEAN_SQUARED_ERROR).build(), "Layer 3 (BatchNorm)",
            "must be Dense");
        assertRejected(() -> NetworkSpec.builder().input(4).dense(1, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).optimizer(OptimizerSpec.builder(OptimizerType.ADAM)
                .learningRate(0).build()).build(), "Optimizer adam", "learning rate");
        assertRejected(() -> NetworkSpec.builder().input(4).layer(new BatchNormSpec(1.0, 1e-3, true, true))
            .dense(1, ActivationType.LINEAR).loss(LossType.MEAN_SQUARED_ERROR).build(), "momentum");
        assertRejected(() -> classifier().dense(3, ActivationType.SOFTMAX)
            .loss(LossSpec.of(LossType.CATEGORICAL_CROSS_ENTROPY).withClassWeights(List.of(1.0, 2.0))).build(),
            "2 class weights for 3 classes");
        assertRejected(() -> NetworkSpec.builder().input(4).dense(1, ActivationType.LINEAR)
            .loss(LossSpec.of(LossType.MEAN_SQUARED_ERROR).withClassWeights(List.of(1.0, 2.0))).build(),
            "only for classification");
        assertRejected(() -> NetworkSpec.builder().input(4)
            .layer(DenseSpec.of(3, ActivationType.RELU).withWeightInit(InitializerSpec.constant(0.1)))
            .dense(1, ActivationType.LINEAR).loss(LossType.MEAN_SQUARED_ERROR).build(), "glorot_uniform");
        assertRejected(() -> new NetworkSpec(4, List.of(new DropoutSpec(0.1)), LossSpec.of(LossType.HINGE), null),
            "Layer 1 (Dropout)", "must be Dense", "before the loss");
        assertRejected(() -> new NetworkSpec(4, List.of(), LossSpec.of(LossType.HINGE), null), "no layers");
    }

    @Test
    void aGrowingNetworkIsValidAsFarAsItGoesAndSaysWhatTrainingStillNeeds() {
        final NetworkSpec inputOnly = new NetworkSpec(NetworkSpec.INFERRED, List.of(), null, null);
        final NetworkSpec endsInDropout = new NetworkSpec(NetworkSpec.INFERRED,
            List.of(DenseSpec.of(8, ActivationType.RELU), new DropoutSpec(0.5)), null, null);
        final NetworkSpec withLoss = new NetworkSpec(NetworkSpec.INFERRED,
            List.of(DenseSpec.of(1, ActivationType.SIGMOID)), LossSpec.of(LossType.BINARY_CROSS_ENTROPY), null);

        assertRejected(inputOnly::requireTrainable, "no loss yet");
        assertRejected(inputOnly::outputSize, "no Dense output layer yet");
        assertRejected(endsInDropout::outputKind, "once it has a loss");
        assertRejected(withLoss::requireTrainable, "no optimizer yet", "Adam");
        assertEquals(OutputKind.CLASSES, withLoss.outputKind());
        final NetworkSpec complete = withLoss.withOptimizer(OptimizerSpec.adam());
        assertEquals(complete, complete.requireTrainable());
        assertTrue(endsInDropout.toString().contains("Loss: (none yet)"), endsInDropout.toString());
        for (final NetworkSpec partial : List.of(inputOnly, endsInDropout, withLoss)) {
            assertEquals(partial, NetworkSpec.fromJson(partial.toJson()));
        }
    }

    @Test
    void jsonRoundTripGivesAnEqualSpec() {
        final NetworkSpec spec = NetworkSpec.builder().input(7)
            .layer(DenseSpec.of(5, ActivationType.LEAKY_RELU).withRegularization(0.001, 0.01)
                .withWeightInit(InitializerSpec.uniform(-0.1, 0.2)).withBiasInit(InitializerSpec.constant(0.5)))
            .layer(new BatchNormSpec(0.9, 1e-5, false, true)).dropout(0.25).layer(new DropoutSpec(0.1, 99L))
            .dense(2, ActivationType.SOFTMAX)
            .loss(LossSpec.of(LossType.CATEGORICAL_CROSS_ENTROPY).withClassWeights(List.of(1.0, 3.5)))
            .optimizer(OptimizerSpec.builder(OptimizerType.RMSPROP).centered(true).clipNorm(1)
                .schedule(ScheduleSpec.cosineDecay(1000, 0.1)).build())
            .build();
        final String json = spec.toJson();
        assertTrue(json.contains("\"formatVersion\": 1"), json);
        final NetworkSpec read = NetworkSpec.fromJson(json);
        assertEquals(spec, read);
        assertEquals(spec.hashCode(), read.hashCode());
        assertNotEquals(spec, spec.withInputFeatures(8));
    }

    @Test
    void newerOrForeignJsonIsRejected() {
        final String json = NetworkSpec.builder().input(2).dense(1, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).build().toJson();
        assertRejected(() -> NetworkSpec.fromJson(json.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
            "format version 2", "update");
        assertRejected(() -> NetworkSpec.fromJson("{\"hello\": 1}"), "not a network spec");
        assertRejected(() -> NetworkSpec.fromJson("{not json"), "not");
        assertRejected(() -> NetworkSpec.fromJson(json.replace("\"units\": 1", "\"units\": 0")), "units is 0");
    }

    @Test
    void summaryInfersShapesAndParameterCounts() {
        final NetworkSpec spec = NetworkSpec.builder().input(4).dense(16, ActivationType.RELU).batchNorm()
            .dropout(0.5).dense(3, ActivationType.SOFTMAX).loss(LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY).build();
        final List<LayerSummary> rows = spec.summary();
        assertEquals(List.of("dense_1", "batch_norm_1", "dropout_1", "dense_2"),
            rows.stream().map(LayerSummary::name).toList());
        assertEquals(List.of(16, 16, 16, 3), rows.stream().map(LayerSummary::outputSize).toList());
        assertEquals(List.of(80L, 32L, 0L, 51L), rows.stream().map(LayerSummary::trainableParameters).toList());
        assertEquals(32L, rows.get(1).nonTrainableParameters());
        assertEquals(163, spec.trainableParameters());
        assertEquals(OutputKind.CLASSES, spec.outputKind());
        assertEquals(3, spec.numberOfClasses());
        assertTrue(spec.toString().contains("Trainable parameters: 163"), spec.toString());
    }

    @Test
    void inputSizeCanBeInferredLater() {
        final NetworkSpec spec = NetworkSpec.builder().dense(1, ActivationType.LINEAR)
            .loss(LossType.HUBER).build();
        assertEquals(OutputKind.REGRESSION, spec.outputKind());
        assertRejected(spec::summary, "not known");
        assertEquals(3, spec.withInputFeatures(12).trainableParameters() - 10);
    }
}
