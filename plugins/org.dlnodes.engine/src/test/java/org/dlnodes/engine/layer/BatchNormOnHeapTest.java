package org.dlnodes.engine.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float32 batch normalization on the CPU trains and infers with {@link HeapBatchNorm}'s Java loops; they must give
 * libnd4j's results (whose formulas the double-precision gradient checks verify): outputs, running statistics, and
 * all three gradients, with and without gamma and beta, for a full and a small last batch.
 */
class BatchNormOnHeapTest {

    private static final int FEATURES = 37;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(true, true, 128), Arguments.of(true, true, 5), Arguments.of(false, true, 64),
            Arguments.of(true, false, 64), Arguments.of(false, false, 3));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void javaLoopsGiveLibnd4jsResults(final boolean scale, final boolean center, final int rows) {
        Nd4j.getRandom().setSeed(rows * 4L + (scale ? 2 : 0) + (center ? 1 : 0));
        final BatchNormSpec spec = new BatchNormSpec(0.9, 1e-3, scale, center);
        final Layer onHeap = layer(spec, true);
        final Layer inLibnd4j = layer(spec, false);
        assertEquals(onHeap.parameters().size(), inLibnd4j.parameters().size());
        for (int step = 0; step < 3; step++) {
            final INDArray x = Nd4j.randn(DataType.FLOAT, rows, FEATURES).muli(3).addi(step);
            final INDArray delta = Nd4j.randn(DataType.FLOAT, rows, FEATURES);
            assertClose(inLibnd4j.forward(x, true), onHeap.forward(x, true), "output");
            // an inference pass in between (e.g. a prediction) leaves the backward pass as it was
            final INDArray other = Nd4j.randn(DataType.FLOAT, rows + 1, FEATURES);
            assertClose(inLibnd4j.forward(other, false), onHeap.forward(other, false), "inference in between");
            assertClose(inLibnd4j.backward(delta), onHeap.backward(delta), "input gradient");
            for (int p = 0; p < onHeap.parameters().size(); p++) {
                assertClose(inLibnd4j.parameters().get(p).gradient(), onHeap.parameters().get(p).gradient(),
                    onHeap.parameters().get(p).name());
            }
        }
        for (final String name : List.of("bn/running_mean", "bn/running_variance")) {
            assertClose(inLibnd4j.state().get(name), onHeap.state().get(name), name);
        }
        final INDArray x = Nd4j.randn(DataType.FLOAT, rows, FEATURES);
        assertClose(inLibnd4j.forward(x, false), onHeap.forward(x, false), "inference output");
    }

    private static Layer layer(final BatchNormSpec spec, final boolean onHeap) {
        final ParameterBlock block = new ParameterBlock(DataType.FLOAT, spec.trainableParameters(FEATURES));
        final BatchNormLayer layer = new BatchNormLayer("bn", spec, FEATURES, block, DataType.FLOAT, onHeap);
        // gamma and beta away from 1 and 0, the same in both layers
        for (final Parameter parameter : layer.parameters()) {
            parameter.value().assign(Nd4j.linspace(DataType.FLOAT, 0.5, 0.05, FEATURES));
        }
        return layer;
    }

    /** Equal to float precision: within 2e-5 of the larger magnitude (sums of up to 128 terms round differently). */
    private static void assertClose(final INDArray expected, final INDArray actual, final String what) {
        final float[] e = expected.dup().data().asFloat();
        final float[] a = actual.dup().data().asFloat();
        assertEquals(e.length, a.length, what);
        for (int i = 0; i < e.length; i++) {
            final float tolerance = 2e-5f * Math.max(1, Math.max(Math.abs(e[i]), Math.abs(a[i])));
            assertEquals(e[i], a[i], tolerance, what + " [" + i + "]");
        }
    }
}
