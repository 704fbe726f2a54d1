package org.dlnodes.engine.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The layers' matrix products straight through OpenBLAS and split over threads give libnd4j's products: every
 * combination of transposes, products split by rows and by columns, operands that are views into larger arrays (as
 * the weights are views into the parameter vector); and the same values on every run with the same thread count.
 */
class MatrixProductTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    @AfterEach
    void oneThreadAgain() {
        SharedWork.setThreads(1);
    }

    /** @return c = op(a) op(b) through the product under test, with the given threads */
    private static INDArray product(final INDArray a, final INDArray b, final boolean ta, final boolean tb,
        final int threads) {
        SharedWork.setThreads(threads);
        final INDArray c = Nd4j.createUninitialized(DataType.FLOAT, ta ? a.columns() : a.rows(),
            tb ? b.rows() : b.columns());
        new MatrixProduct(ta, tb).run(a, b, c);
        return c;
    }

    /** @return the same product in double precision by libnd4j, as float32 */
    private static float[][] expected(final INDArray a, final INDArray b, final boolean ta, final boolean tb) {
        final INDArray left = ta ? a.castTo(DataType.DOUBLE).transpose() : a.castTo(DataType.DOUBLE);
        final INDArray right = tb ? b.castTo(DataType.DOUBLE).transpose() : b.castTo(DataType.DOUBLE);
        return left.mmul(right).castTo(DataType.FLOAT).toFloatMatrix();
    }

    private static void assertClose(final float[][] expected, final INDArray actual) {
        final float[][] values = actual.toFloatMatrix();
        assertEquals(expected.length, values.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], values[i], 1e-3f, "row " + i);
        }
    }

    @Test
    void everyTransposeSplitByRowsAndByColumns() {
        Nd4j.getRandom().setSeed(11);
        // c is 200 x 96 (split by rows) or 96 x 200 (split by columns); k = 120: both above the smallest split
        for (final int[] shape : new int[][] {{200, 96}, {96, 200}}) {
            final int m = shape[0];
            final int n = shape[1];
            for (final boolean ta : new boolean[] {false, true}) {
                for (final boolean tb : new boolean[] {false, true}) {
                    final INDArray a = ta ? Nd4j.rand(DataType.FLOAT, 120, m) : Nd4j.rand(DataType.FLOAT, m, 120);
                    final INDArray b = tb ? Nd4j.rand(DataType.FLOAT, n, 120) : Nd4j.rand(DataType.FLOAT, 120, n);
                    final float[][] expected = expected(a, b, ta, tb);
                    final INDArray split = product(a, b, ta, tb, 2);
                    assertClose(expected, split);
                    assertClose(expected, product(a, b, ta, tb, 1));
                    assertArrayEquals(split.toFloatMatrix(), product(a, b, ta, tb, 2).toFloatMatrix(),
                        "the same threads give the same values");
                }
            }
        }
    }

    @Test
    void viewsIntoLargerArrays() {
        Nd4j.getRandom().setSeed(12);
        // weights as a view into a flat vector, an input that is a block of rows of a larger matrix
        final INDArray flat = Nd4j.rand(DataType.FLOAT, 10 + 150 * 130);
        final INDArray weights = flat.get(NDArrayIndex.interval(10, 10 + 150 * 130)).reshape('c', 150, 130);
        final INDArray input = Nd4j.rand(DataType.FLOAT, 300, 150).get(NDArrayIndex.interval(40, 240),
            NDArrayIndex.all());
        final INDArray big = Nd4j.zeros(DataType.FLOAT, 260, 130);
        final INDArray out = big.get(NDArrayIndex.interval(30, 230), NDArrayIndex.all());
        SharedWork.setThreads(2);
        new MatrixProduct(false, false).run(input, weights, out);
        assertClose(expected(input, weights, false, false), out);
        assertEquals(0, big.get(NDArrayIndex.interval(0, 30), NDArrayIndex.all()).sumNumber().doubleValue());
        assertEquals(0, big.get(NDArrayIndex.interval(230, 260), NDArrayIndex.all()).sumNumber().doubleValue());
    }

    @Test
    void otherTypesGoToLibnd4jAndWrongShapesAreRefused() {
        final INDArray a = Nd4j.rand(DataType.DOUBLE, 3, 4);
        final INDArray b = Nd4j.rand(DataType.DOUBLE, 4, 2);
        final INDArray c = Nd4j.zeros(DataType.DOUBLE, 3, 2);
        new MatrixProduct(false, false).run(a, b, c);
        assertArrayEquals(a.mmul(b).toDoubleMatrix(), c.toDoubleMatrix());
        final INDArray wrong = Nd4j.zeros(DataType.FLOAT, 3, 3);
        assertThrows(IllegalArgumentException.class, () -> new MatrixProduct(false, false)
            .run(a.castTo(DataType.FLOAT), b.castTo(DataType.FLOAT), wrong));
    }

    @Test
    void chunksAreWholeBlocksAndOnlyForLargeProducts() {
        assertEquals(128, MatrixProduct.partLength(128, 128L * 784 * 256, 1), "one thread: no split");
        assertEquals(64, MatrixProduct.partLength(128, 128L * 784 * 256, 2));
        assertEquals(400, MatrixProduct.partLength(784, 784L * 256 * 128, 2), "392 rounded up to blocks of 16");
        assertEquals(128, MatrixProduct.partLength(128, 128L * 10 * 128, 2), "too small to split");
        assertEquals(20, MatrixProduct.partLength(20, 20L * 1000 * 1000, 2), "fewer than two blocks");
    }
}
