package org.dlnodes.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.nd4j.linalg.factory.Nd4j;

class ShuffleBufferTest {

    private static final int ROWS = 300;

    private static final int WIDTH = 3;

    private static final int[] STORED = IntStream.range(0, ROWS).toArray();

    private static DataSource rows;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        rows = IndexedRows.of(ROWS, WIDTH);
    }

    private static int[] pass(final int capacity, final SplittableRandom random, final int batchSize) {
        try (ShuffleBuffer buffer = ShuffleBuffer.open(rows, capacity, random)) {
            return IndexedRows.read(buffer, ROWS, WIDTH, batchSize);
        }
    }

    private static void assertPermutation(final int[] order) {
        assertArrayEquals(STORED, Arrays.stream(order).sorted().toArray(), "every row exactly once");
    }

    @Test
    void everyEpochHandsOutEveryRowExactlyOnce() {
        for (final int capacity : new int[] {2, 7, 50, ROWS, 1000}) {
            final SplittableRandom random = new SplittableRandom(capacity);
            for (int epoch = 0; epoch < 3; epoch++) {
                // batches of 16 are handed out in chunks when the buffer has fewer rows
                assertPermutation(pass(capacity, random, 16));
            }
        }
    }

    @Test
    void theOrderIsNewEveryEpochAndTheSameForTheSameSeed() {
        final SplittableRandom random = new SplittableRandom(11);
        final int[] first = pass(50, random, 32);
        final int[] second = pass(50, random, 32);
        assertFalse(Arrays.equals(first, second), "a new order every epoch");
        final SplittableRandom again = new SplittableRandom(11);
        assertArrayEquals(first, pass(50, again, 32));
        assertArrayEquals(second, pass(50, again, 32));
        assertArrayEquals(first, pass(50, new SplittableRandom(11), 7), "the batch size does not change the order");
        assertFalse(Arrays.equals(first, pass(50, new SplittableRandom(12), 32)), "another seed, another order");
    }

    @Test
    void rowsLeaveTheirStoredOrderButOnlyWithinTheBuffer() {
        final int capacity = 20;
        final int[] order = pass(capacity, new SplittableRandom(3), 32);
        assertFalse(Arrays.equals(STORED, order));
        int moved = 0;
        for (int place = 0; place < ROWS; place++) {
            assertTrue(place >= order[place] - capacity, "row " + order[place] + " came out at " + place
                + ", earlier than the buffer lets it");
            moved += order[place] == place ? 0 : 1;
        }
        assertTrue(moved > ROWS * 0.9, moved + " of " + ROWS + " rows moved");
        assertArrayEquals(STORED, pass(1, new SplittableRandom(3), 32), "a buffer of one row does not shuffle");
    }

    @Test
    void aBufferOfAllRowsShufflesThemFully() {
        // Each row is equally likely at each place: averaged over passes, every row's mean place is near the middle.
        final SplittableRandom random = new SplittableRandom(5);
        final double[] meanPlace = new double[ROWS];
        final int passes = 200;
        for (int p = 0; p < passes; p++) {
            final int[] order = pass(ROWS, random, 64);
            for (int place = 0; place < ROWS; place++) {
                meanPlace[order[place]] += (double)place / passes;
            }
        }
        // the place of a row is uniform on 0..299 (sd 86.6), so its mean over 200 passes has sd 6.1
        for (int row = 0; row < ROWS; row++) {
            assertEquals((ROWS - 1) / 2.0, meanPlace[row], 30, "mean place of row " + row);
        }
    }

    @Test
    void wideRowsAreReadInSeveralChunks() {
        // 20 KB rows: the stream is read about 100 rows at a time, fewer than the buffer holds
        final int width = 5000;
        final DataSource wide = IndexedRows.of(400, width);
        final SplittableRandom random = new SplittableRandom(8);
        for (int epoch = 0; epoch < 2; epoch++) {
            try (ShuffleBuffer buffer = ShuffleBuffer.open(wide, 250, random)) {
                final int[] order = IndexedRows.read(buffer, 400, width, 150);
                assertArrayEquals(IntStream.range(0, 400).toArray(), Arrays.stream(order).sorted().toArray());
                assertFalse(Arrays.equals(IntStream.range(0, 400).toArray(), order));
            }
        }
    }

    @Test
    void refusesToReadPastTheEndOrAnEmptyBuffer() {
        try (ShuffleBuffer buffer = ShuffleBuffer.open(rows, 10, new SplittableRandom(1))) {
            IndexedRows.read(buffer, ROWS - 5, WIDTH, 50);
            final Exception e = assertThrows(IllegalStateException.class,
                () -> buffer.read(Nd4j.createUninitialized(DataType.FLOAT, 6, WIDTH), null));
            assertEquals("Asked for 6 rows but only 5 are left in this pass.", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ShuffleBuffer.open(rows, 0, new SplittableRandom(1)));
    }
}
