package org.dlnodes.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.SharedWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float32 optimizers on the CPU run {@link HostUpdate}'s Java loops: they must agree with ND4J's operations (whose
 * formulas {@link OptimizerUpdateTest} checks by hand) over many steps, give the same values on two threads, keep
 * their state across saving and resuming, and never keep a subnormal state value.
 */
class HostUpdateTest {

    private static final OptimizerSpec ADAM = OptimizerSpec.builder(OptimizerType.ADAM).learningRate(0.1).build();

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    @Test
    void float32OnTheCpuUsesTheJavaLoop() {
        assertEquals(true, HostCopy.available(DataType.FLOAT));
        assertEquals(false, HostCopy.available(DataType.DOUBLE));
    }

    static Stream<OptimizerSpec> optimizers() {
        return Stream.concat(Arrays.stream(OptimizerType.values()).map(t -> OptimizerSpec.builder(t).build()),
            Stream.of(OptimizerSpec.builder(OptimizerType.RMSPROP).centered(true).momentum(0.5).build()));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void agreesWithNd4jsOperationsOverManySteps(final OptimizerSpec spec) {
        final int size = 1000;
        Nd4j.getRandom().setSeed(7);
        final INDArray javaLoop = Nd4j.rand(DataType.DOUBLE, size).castTo(DataType.FLOAT);
        final INDArray nd4j = javaLoop.castTo(DataType.DOUBLE);
        final Optimizer onHeap = Optimizers.create(spec, size, DataType.FLOAT);
        final Optimizer withNd4j = Optimizers.create(spec, size, DataType.DOUBLE);
        for (int step = 0; step < 50; step++) {
            final INDArray gradient = Nd4j.randn(DataType.DOUBLE, size).muli(Math.pow(10, -(step % 5)));
            onHeap.step(javaLoop, gradient.castTo(DataType.FLOAT));
            withNd4j.step(nd4j, gradient);
        }
        assertArrayEquals(nd4j.toDoubleVector(), javaLoop.castTo(DataType.DOUBLE).toDoubleVector(), 1e-4,
            spec.type().name());
    }

    @Test
    void movesItsMomentsThroughSavingAndResuming() {
        final Optimizer first = Optimizers.create(ADAM, 2, DataType.FLOAT);
        final INDArray w = Nd4j.createFromArray(1f, -2f);
        first.step(w, Nd4j.createFromArray(0.5f, -1f));
        final Map<String, INDArray> saved = new LinkedHashMap<>();
        first.state().forEach((name, value) -> saved.put(name, value.dup()));
        assertArrayEquals(new float[] {0.05f, -0.1f}, saved.get("m").toFloatVector(), 1e-7f);

        final Optimizer resumed = Optimizers.create(ADAM, 2, DataType.FLOAT);
        resumed.restore(saved, first.iterations());
        resumed.step(w, Nd4j.createFromArray(0.1f, 0.3f));
        assertArrayEquals(new float[] {0.819697032869824f, -1.8572155867270155f}, w.toFloatVector(), 1e-6f);
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void sharedOverTwoThreadsEveryValueGetsTheSameUpdate(final OptimizerSpec spec) {
        final int size = 100_000;
        Nd4j.getRandom().setSeed(9);
        final INDArray start = Nd4j.rand(DataType.FLOAT, size);
        final INDArray[] gradients = {Nd4j.randn(DataType.FLOAT, size), Nd4j.randn(DataType.FLOAT, size).muli(1e-3)};
        final float[][] results = new float[2][];
        for (int threads = 1; threads <= 2; threads++) {
            SharedWork.setThreads(threads);
            final Optimizer optimizer = Optimizers.create(spec, size, DataType.FLOAT);
            final INDArray w = start.dup();
            for (final INDArray gradient : gradients) {
                optimizer.step(w, gradient.dup());
            }
            results[threads - 1] = w.toFloatVector();
        }
        SharedWork.setThreads(1);
        assertArrayEquals(results[0], results[1]);
        assertTrue(results[0][size - 1] != start.getFloat(size - 1), "the last value was updated too");
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void stateValuesNeverBecomeSubnormal(final OptimizerSpec optimizerSpec) {
        // After one gradient the state of the first weight only decays: by 0.9 a step a moment reaches the subnormal
        // range after about 800 steps, where x86 computes slowly, and alpha m before. The flushes set it to 0 first.
        final OptimizerSpec spec = optimizerSpec.toBuilder().learningRate(0.1).build();
        final Optimizer optimizer = Optimizers.create(spec, 2, DataType.FLOAT);
        final INDArray w = Nd4j.createFromArray(1f, -2f);
        optimizer.step(w, Nd4j.createFromArray(1e-3f, 0.5f));
        final INDArray decaying = Nd4j.createFromArray(0f, 0.5f);
        boolean flushed = false;
        for (int step = 0; step < 1200; step++) {
            optimizer.step(w, decaying);
            for (final INDArray moment : optimizer.state().values()) {
                // not even alpha m may be subnormal, for an alpha as small as 1e-3 (Nadam's product is a scalar)
                final float m = moment.length() == 1 ? 1 : moment.getFloat(0);
                assertTrue(m == 0 || Math.abs(m) * 1e-3f >= Float.MIN_NORMAL, "step " + step + ": " + m);
                flushed |= m == 0;
            }
        }
        final boolean decays = spec.type() != OptimizerType.SGD && spec.type() != OptimizerType.ADAGRAD;
        assertEquals(decays, flushed, "a decaying state value was flushed to 0");
    }

    @Test
    void refusesWhatItCannotCopy() {
        final float[] into = new float[2];
        assertThrows(IllegalArgumentException.class, () -> HostCopy.read(Nd4j.createFromArray(1.0, 2.0), into));
        assertThrows(IllegalArgumentException.class, () -> HostCopy.read(Nd4j.createFromArray(1f, 2f, 3f), into));
        final INDArray strided = Nd4j.createFromArray(1f, 2f, 3f, 4f).reshape(2, 2).getColumn(0);
        assertThrows(IllegalArgumentException.class, () -> HostCopy.read(strided, into));
        HostCopy.read(Nd4j.createFromArray(1f, 2f, 3f, 4f).reshape(2, 2).getRow(1), into);
        assertArrayEquals(new float[] {3f, 4f}, into);
    }
}
