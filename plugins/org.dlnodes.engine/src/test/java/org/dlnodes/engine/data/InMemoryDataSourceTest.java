package org.dlnodes.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InMemoryDataSourceTest {

    /** Row i has features (i, 10 i) and target i % 3 as a class index; 30 rows, 10 of each class. */
    private static InMemoryDataSource numbered() {
        final float[][] x = new float[30][];
        final float[][] y = new float[30][];
        for (int i = 0; i < 30; i++) {
            x[i] = new float[] {i, 10 * i};
            y[i] = new float[] {i % 3};
        }
        return InMemoryDataSource.of(x, y);
    }

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    @Test
    void readsRowsInTheGivenOrderBatchByBatch() {
        final DataSource data = numbered();
        final int[] order = {5, 0, 29, 7, 3};
        final int[] full = IntStream.concat(Arrays.stream(order), IntStream.range(0, 30)
            .filter(i -> Arrays.stream(order).noneMatch(o -> o == i))).toArray();
        final INDArray x = Nd4j.createUninitialized(DataType.FLOAT, 3, 2);
        final INDArray y = Nd4j.createUninitialized(DataType.FLOAT, 3, 1);
        final INDArray lastX = Nd4j.createUninitialized(DataType.FLOAT, 2, 2);
        try (BatchReader reader = data.open(full)) {
            reader.read(x, y);
            assertArrayEquals(new float[][] {{5, 50}, {0, 0}, {29, 290}}, x.toFloatMatrix());
            assertArrayEquals(new float[] {2, 0, 2}, y.toFloatVector());
            reader.read(lastX, null);
            assertArrayEquals(new float[][] {{7, 70}, {3, 30}}, lastX.toFloatMatrix());
        }
    }

    @Test
    void refusesToReadPastTheEnd() {
        final DataSource data = numbered();
        final INDArray x = Nd4j.createUninitialized(DataType.FLOAT, 20, 2);
        try (BatchReader reader = data.open(null)) {
            reader.read(x, null);
            final IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader.read(x, null));
            assertEquals("Asked for 20 rows but only 10 are left in this pass.", e.getMessage());
        }
    }

    @Test
    void stratifiedSplitKeepsEveryClassShareAndIsSeeded() {
        final InMemoryDataSource data = numbered();
        final Split split = data.split(0.2, 7, true);
        assertEquals(24, split.training().rowCount());
        assertEquals(6, split.validation().rowCount());
        final int[] validationClasses = ((InMemoryDataSource)split.validation()).classes();
        for (int k = 0; k < 3; k++) {
            final int c = k;
            assertEquals(2, Arrays.stream(validationClasses).filter(v -> v == c).count(), "class " + k);
        }
        final int[] trainingRows = firstFeatures(split.training());
        final int[] validationRows = firstFeatures(split.validation());
        assertEquals(30, IntStream.concat(Arrays.stream(trainingRows), Arrays.stream(validationRows)).distinct()
            .count(), "the parts are disjoint and cover all rows");
        assertArrayEquals(validationRows, firstFeatures(data.split(0.2, 7, true).validation()), "same seed");
        assertTrue(!Arrays.equals(validationRows, firstFeatures(data.split(0.2, 8, true).validation())),
            "another seed, other rows");
    }

    @Test
    void plainSplitHoldsOutTheFraction() {
        final Split split = numbered().split(0.5, 1, false);
        assertEquals(15, split.validation().rowCount());
        assertEquals(15, split.training().rowCount());
    }

    @Test
    void rejectsFractionsThatLeaveAPartEmpty() {
        assertEquals("The validation fraction must be between 0 and 1 (exclusive); got 1.0.",
            assertThrows(IllegalArgumentException.class, () -> numbered().split(1.0, 1, false)).getMessage());
        final InMemoryDataSource two = numbered().rows(new int[] {0, 1});
        assertEquals("A validation fraction of 0.1 of 2 rows leaves no rows to validate on; choose a fraction that"
            + " leaves both.", assertThrows(IllegalArgumentException.class, () -> two.split(0.1, 1, false))
                .getMessage());
    }

    @Test
    void classesOfOneHotRowsAreTheirLargestColumn() {
        final InMemoryDataSource data = InMemoryDataSource.of(new float[][] {{1}, {2}, {3}},
            new float[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}});
        assertArrayEquals(new int[] {1, 0, 2}, data.classes());
        assertArrayEquals(new int[] {2, 1}, data.rows(new int[] {2, 0}).classes());
    }

    @Test
    void permutationsAreSeeded() {
        final int[] a = Shuffling.permutation(100, new SplittableRandom(3));
        assertArrayEquals(a, Shuffling.permutation(100, new SplittableRandom(3)));
        assertArrayEquals(IntStream.range(0, 100).toArray(), Arrays.stream(a).sorted().toArray());
        assertTrue(!Arrays.equals(a, IntStream.range(0, 100).toArray()));
    }

    private static int[] firstFeatures(final DataSource data) {
        final INDArray x = Nd4j.createUninitialized(DataType.FLOAT, data.rowCount(), 2);
        try (BatchReader reader = data.open(null)) {
            reader.read(x, null);
        }
        return x.getColumn(0).toIntVector();
    }
}
