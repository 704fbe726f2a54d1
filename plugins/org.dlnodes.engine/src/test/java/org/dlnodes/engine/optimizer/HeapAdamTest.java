package org.dlnodes.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.SharedWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float32 Adam on the CPU runs {@link HeapAdam}'s Java loop: it must give the hand-computed values of
 * {@link OptimizerUpdateTest} (to float precision), agree with libnd4j's fused updater over many steps, keep its
 * moments across saving and resuming, and never keep a subnormal moment.
 */
class HeapAdamTest {

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

    @Test
    void twoStepsMatchTheFormulas() {
        final Optimizer optimizer = Optimizers.create(ADAM, 2, DataType.FLOAT);
        final INDArray w = Nd4j.createFromArray(1f, -2f);
        optimizer.step(w, Nd4j.createFromArray(0.5f, -1f));
        assertArrayEquals(new float[] {0.9000006324515321f, -1.900000316226766f}, w.toFloatVector(), 1e-6f);
        optimizer.step(w, Nd4j.createFromArray(0.1f, 0.3f));
        assertArrayEquals(new float[] {0.819697032869824f, -1.8572155867270155f}, w.toFloatVector(), 1e-6f);
    }

    @Test
    void agreesWithLibnd4jsFusedUpdater() {
        final int size = 1000;
        Nd4j.getRandom().setSeed(7);
        final INDArray javaLoop = Nd4j.rand(DataType.DOUBLE, size).castTo(DataType.FLOAT);
        final INDArray fused = javaLoop.castTo(DataType.DOUBLE);
        final Optimizer onHeap = Optimizers.create(ADAM, size, DataType.FLOAT);
        final Optimizer inLibnd4j = Optimizers.create(ADAM, size, DataType.DOUBLE);
        for (int step = 0; step < 50; step++) {
            final INDArray gradient = Nd4j.randn(DataType.DOUBLE, size).muli(Math.pow(10, -(step % 5)));
            onHeap.step(javaLoop, gradient.castTo(DataType.FLOAT));
            inLibnd4j.step(fused, gradient);
        }
        assertArrayEquals(fused.toDoubleVector(), javaLoop.castTo(DataType.DOUBLE).toDoubleVector(), 1e-4);
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

    @Test
    void sharedOverTwoThreadsEveryValueGetsTheSameUpdate() {
        final int size = 100_000;
        Nd4j.getRandom().setSeed(9);
        final INDArray start = Nd4j.rand(DataType.FLOAT, size);
        final INDArray[] gradients = {Nd4j.randn(DataType.FLOAT, size), Nd4j.randn(DataType.FLOAT, size).muli(1e-3)};
        final float[][] results = new float[2][];
        for (int threads = 1; threads <= 2; threads++) {
            SharedWork.setThreads(threads);
            final Optimizer optimizer = Optimizers.create(ADAM, size, DataType.FLOAT);
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

    @Test
    void momentsNeverBecomeSubnormal() {
        // After one gradient the moments of the first weight only decay: m by 0.9 a step reaches the subnormal range
        // after about 800 steps, where x86 computes slowly, and alpha m before. The flushes set it to 0 before that.
        final Optimizer optimizer = Optimizers.create(ADAM, 2, DataType.FLOAT);
        final INDArray w = Nd4j.createFromArray(1f, -2f);
        optimizer.step(w, Nd4j.createFromArray(1e-3f, 0.5f));
        final INDArray decaying = Nd4j.createFromArray(0f, 0.5f);
        boolean flushed = false;
        for (int step = 0; step < 1200; step++) {
            optimizer.step(w, decaying);
            for (final INDArray moment : optimizer.state().values()) {
                // not even alpha m may be subnormal, for an alpha as small as 1e-3
                final float m = moment.getFloat(0);
                assertTrue(m == 0 || Math.abs(m) * 1e-3f >= Float.MIN_NORMAL, "step " + step + ": " + m);
                flushed |= m == 0;
            }
        }
        assertTrue(flushed, "the first moment decayed to 0");
        assertEquals(0.5f, optimizer.state().get("m").getFloat(1), 1e-6f, "a moment in use is kept");
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
