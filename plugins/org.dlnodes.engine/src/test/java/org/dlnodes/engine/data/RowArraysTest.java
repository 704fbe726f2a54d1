package org.dlnodes.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The native gathers and scatters that the sources use off the CPU (on the CPU they copy rows in host memory, see
 * {@link HostRowArrays}), run here on the CPU so that they stay tested: the same rows as the host copies give.
 */
class RowArraysTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    private static RowArrays numbered(final int rows) {
        final INDArray features = Nd4j.arange(rows * 3.0).castTo(DataType.FLOAT).reshape(rows, 3);
        final INDArray targets = Nd4j.arange(rows).addi(100).castTo(DataType.FLOAT).reshape(rows, 1);
        return new RowArrays(features, targets);
    }

    private static RowArrays empty(final int rows) {
        return new RowArrays(Nd4j.zeros(DataType.FLOAT, rows, 3), Nd4j.zeros(DataType.FLOAT, rows, 1));
    }

    @Test
    void nativeGathersGiveTheHostCopiesRows() {
        final RowArrays rows = numbered(8);
        final RowIndices indices = new RowIndices(4);
        for (final int row : new int[] {6, 1, 1, 3}) {
            indices.add(row);
        }
        final RowArrays natively = empty(4);
        rows.gatherInto(RowArrays.gather(), indices.toNative(), natively.features(), natively.targets());
        final RowArrays onHost = empty(4);
        HostRowArrays.of(rows).copy(indices.values(), 0, onHost.features(), onHost.targets());
        assertArrayEquals(onHost.features().toFloatMatrix(), natively.features().toFloatMatrix());
        assertArrayEquals(onHost.targets().toFloatMatrix(), natively.targets().toFloatMatrix());
        assertArrayEquals(new float[] {106, 101, 101, 103}, natively.targets().toFloatVector());
    }

    @Test
    void nativeScattersMoveRowsAsTheHostCopiesDo() {
        final RowArrays natively = numbered(6);
        final RowArrays onHost = numbered(6);
        final RowIndices from = new RowIndices(2);
        final RowIndices to = new RowIndices(2);
        from.add(5);
        from.add(4);
        to.add(0);
        to.add(2);
        final RowArrays moved = empty(2);
        natively.gatherInto(RowArrays.gather(), from.toNative(), moved.features(), moved.targets());
        natively.scatter(to.toNative(), moved);
        HostRowArrays.of(onHost).move(from.values(), to.values(), 2);
        assertArrayEquals(onHost.features().toFloatMatrix(), natively.features().toFloatMatrix());
        assertArrayEquals(onHost.targets().toFloatMatrix(), natively.targets().toFloatMatrix());
        assertArrayEquals(new float[] {105, 101, 104, 103, 104, 105}, natively.targets().toFloatVector());
    }
}
