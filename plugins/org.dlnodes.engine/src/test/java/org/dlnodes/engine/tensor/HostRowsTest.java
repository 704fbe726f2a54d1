package org.dlnodes.engine.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Row copies in host memory: the chosen rows, in order, from whole matrices and from views of some of their rows, and
 * rows moved within a matrix.
 */
class HostRowsTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    /** @return rows x 4 with the value 10 row + column */
    private static INDArray numbered(final int rows) {
        final INDArray matrix = Nd4j.createUninitialized(DataType.FLOAT, rows, 4);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 4; c++) {
                matrix.putScalar(r, c, 10 * r + c);
            }
        }
        return matrix;
    }

    private static float[][] rowsOf(final int... rows) {
        final float[][] values = new float[rows.length][4];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < 4; c++) {
                values[i][c] = 10 * rows[i] + c;
            }
        }
        return values;
    }

    @Test
    void copiesTheChosenRowsInOrder() {
        final INDArray batch = Nd4j.zeros(DataType.FLOAT, 3, 4);
        new HostRows(numbered(10)).copy(new int[] {5, 9, 0, 4, 4}, 1, batch);
        assertArrayEquals(rowsOf(9, 0, 4), batch.toFloatMatrix());
    }

    @Test
    void copiesRunsOfConsecutiveRows() {
        final INDArray batch = Nd4j.zeros(DataType.FLOAT, 6, 4);
        new HostRows(numbered(10)).copy(new int[] {2, 3, 4, 8, 9, 0, 5}, 0, batch);
        assertArrayEquals(rowsOf(2, 3, 4, 8, 9, 0), batch.toFloatMatrix());
    }

    @Test
    void copiesFromAViewOfSomeRowsAndIntoAView() {
        final INDArray view = numbered(10).get(NDArrayIndex.interval(3, 8), NDArrayIndex.all());
        final INDArray big = Nd4j.zeros(DataType.FLOAT, 5, 4);
        final INDArray batch = big.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all());
        new HostRows(view).copy(new int[] {4, 0}, 0, batch);
        assertArrayEquals(rowsOf(7, 3), batch.toFloatMatrix());
        assertArrayEquals(new float[4], big.getRow(0).toFloatVector());
        assertArrayEquals(new float[4], big.getRow(3).toFloatVector());
    }

    @Test
    void copiesSingleColumnsAlsoOfWiderMatrices() {
        final INDArray column = Nd4j.createFromArray(0f, 1f, 2f, 3f).reshape(4, 1);
        final INDArray batch = Nd4j.zeros(DataType.FLOAT, 3, 1);
        new HostRows(column).copy(new int[] {3, 1, 2}, 0, batch);
        assertArrayEquals(new float[] {3, 1, 2}, batch.toFloatVector());
        // the third column of a 10 x 4 matrix, into the second column of a 3 x 2 one
        final INDArray into = Nd4j.zeros(DataType.FLOAT, 3, 2);
        new HostRows(numbered(10).getColumn(2, true)).copy(new int[] {7, 8, 1}, 0, into.getColumn(1, true));
        assertArrayEquals(new float[][] {{0, 72}, {0, 82}, {0, 12}}, into.toFloatMatrix());
    }

    @Test
    void movesRowsWithinTheMatrix() {
        final INDArray matrix = numbered(6);
        new HostRows(matrix).move(new int[] {5, 4, 0}, new int[] {1, 2, 9}, 2);
        assertArrayEquals(rowsOf(0, 5, 4, 3, 4, 5), matrix.toFloatMatrix(), "only the first two moves");
    }

    @Test
    void refusesWhatItCannotCopy() {
        assertFalse(HostRows.available(Nd4j.zeros(DataType.DOUBLE, 2, 2)));
        assertFalse(HostRows.available(numbered(4).transpose()));
        assertTrue(HostRows.available(numbered(4)));
        final HostRows rows = new HostRows(numbered(4));
        final INDArray narrow = Nd4j.zeros(DataType.FLOAT, 1, 3);
        assertThrows(IllegalArgumentException.class, () -> rows.copy(new int[] {0}, 0, narrow));
        assertThrows(IllegalArgumentException.class, () -> new HostRows(numbered(4).transpose()));
    }
}
