package org.dlnodes.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HashSplitTest {

    private static final int WIDTH = 3;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    @Test
    void trainingAndValidationAreAllRowsWithoutOverlapInStoredOrder() {
        final int rows = 5000;
        final Split split = HashSplit.of(IndexedRows.of(rows, WIDTH), 0.2, 4);
        assertFalse(split.training().randomAccess());
        final int[] training = IndexedRows.readAll(split.training(), WIDTH, 64);
        final int[] validation = IndexedRows.readAll(split.validation(), WIDTH, 64);
        assertEquals(rows, training.length + validation.length);
        assertArrayEquals(IntStream.range(0, rows).toArray(),
            IntStream.concat(Arrays.stream(training), Arrays.stream(validation)).sorted().toArray(),
            "together all rows, each once");
        assertArrayEquals(Arrays.stream(training).sorted().toArray(), training, "stored order");
        assertArrayEquals(Arrays.stream(validation).sorted().toArray(), validation, "stored order");
        // binomial: 1000 expected, standard deviation 28
        assertEquals(1000, validation.length, 120, "the fraction, within four standard deviations");
    }

    @Test
    void theSameSeedHoldsOutTheSameRows() {
        final DataSource rows = IndexedRows.of(1000, WIDTH);
        final int[] first = IndexedRows.readAll(HashSplit.of(rows, 0.3, 9).validation(), WIDTH, 100);
        assertArrayEquals(first, IndexedRows.readAll(HashSplit.of(rows, 0.3, 9).validation(), WIDTH, 33));
        assertFalse(Arrays.equals(first, IndexedRows.readAll(HashSplit.of(rows, 0.3, 10).validation(), WIDTH, 100)));
    }

    @Test
    void theTwoPartsCanBeReadAtTheSameTime() {
        final int width = 5000; // 20 KB rows: each pass reads about 100 rows at a time
        final Split split = HashSplit.of(IndexedRows.of(600, width), 0.5, 2);
        try (BatchReader training = split.training().open(null);
                BatchReader validation = split.validation().open(null)) {
            final int[] t1 = IndexedRows.read(training, 150, width, 70);
            final int[] v = IndexedRows.read(validation, split.validation().rowCount(), width, 130);
            final int[] t2 = IndexedRows.read(training, split.training().rowCount() - 150, width, 70);
            final int[] all = IntStream.concat(IntStream.concat(Arrays.stream(t1), Arrays.stream(t2)),
                Arrays.stream(v)).sorted().toArray();
            assertArrayEquals(IntStream.range(0, 600).toArray(), all);
        }
    }

    @Test
    void aSplitThatLeavesAnEmptyPartOrABadFractionIsRefused() {
        final DataSource one = IndexedRows.of(1, WIDTH);
        final Exception empty = assertThrows(IllegalArgumentException.class, () -> HashSplit.of(one, 0.5, 1));
        assertTrue(empty.getMessage().startsWith("A validation fraction of 0.5 of 1 rows leaves no rows to"),
            empty.getMessage());
        final Exception bad = assertThrows(IllegalArgumentException.class,
            () -> HashSplit.of(IndexedRows.of(10, WIDTH), 1.0, 1));
        assertTrue(bad.getMessage().contains("between 0 and 1"), bad.getMessage());
    }
}
