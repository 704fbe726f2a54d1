package org.dlnodes.engine.metrics;

import static org.dlnodes.engine.metrics.ConfusionMatrixTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RocAucTest {

    private static final double EXACT = 1e-12;

    @Test
    void countsTiedPairsHalf() {
        // positives 0.9, 0.5, 0.3 against negatives 0.5, 0.2; pairs where the positive is above:
        // 0.9: 1 + 1; 0.5: 0.5 (tie) + 1; 0.3: 0 + 1  ->  4.5 of 6 pairs = 0.75
        // with midranks: 0.2 -> 1, 0.3 -> 2, 0.5 0.5 -> 3.5, 0.9 -> 5; (2 + 3.5 + 5 - 3*4/2)/(3*2) = 4.5/6
        assertEquals(0.75, RocAuc.binary(new boolean[] {true, false, true, true, false},
            new double[] {0.9, 0.5, 0.5, 0.3, 0.2}), EXACT);
    }

    @Test
    void isOneForAPerfectRankingZeroForAReversedOneAndAHalfWhenAllTie() {
        final boolean[] positive = {false, true, false, true};
        assertEquals(1, RocAuc.binary(positive, new double[] {0.1, 0.8, 0.3, 0.9}), EXACT);
        assertEquals(0, RocAuc.binary(positive, new double[] {0.9, 0.3, 0.8, 0.1}), EXACT);
        assertEquals(0.5, RocAuc.binary(positive, new double[] {0.4, 0.4, 0.4, 0.4}), EXACT);
    }

    @Test
    void isNaNWithOnlyOneClassPresent() {
        assertTrue(Double.isNaN(RocAuc.binary(new boolean[] {true, true}, new double[] {0.2, 0.7})));
        assertTrue(Double.isNaN(RocAuc.binary(new boolean[] {false}, new double[] {0.2})));
    }

    @Test
    void averagesOneVsRestOverTheClasses() {
        final double[][] probabilities = {{0.6, 0.3, 0.1}, {0.4, 0.3, 0.3}, {0.3, 0.3, 0.4}, {0.4, 0.4, 0.2}};
        // class 0: positives 0.6, 0.4 against 0.4, 0.3: 1 + 1 + 0.5 + 1 = 3.5 of 4 = 7/8
        // class 1: positive 0.3 against 0.3, 0.3, 0.4: 0.5 + 0.5 + 0 = 1/3
        // class 2: positive 0.4 against 0.1, 0.3, 0.2: 1
        // macro: (7/8 + 1/3 + 1)/3 = 53/72
        assertEquals(53.0 / 72, RocAuc.of(new int[] {0, 1, 2, 0}, probabilities), EXACT);
    }

    @Test
    void scoresTheSecondOfTwoClasses() {
        // positives (class 1) 0.7, 0.4 against 0.45, 0.1: 1 + 1 + 0 + 1 = 3 of 4
        assertEquals(0.75, RocAuc.of(new int[] {1, 0, 1, 0},
            new double[][] {{0.3, 0.7}, {0.55, 0.45}, {0.6, 0.4}, {0.9, 0.1}}), EXACT);
    }

    @Test
    void isNaNWhenAClassNeverOccurs() {
        assertTrue(Double.isNaN(RocAuc.of(new int[] {0, 1}, new double[][] {{0.5, 0.3, 0.2}, {0.2, 0.5, 0.3}})));
    }

    @Test
    void rejectsBadInput() {
        assertMessage("No rows", () -> RocAuc.binary(new boolean[0], new double[0]));
        assertMessage("has 1 entries, expected 2", () -> RocAuc.binary(new boolean[] {true, false}, new double[] {1}));
        assertMessage("score at row 1 is NaN",
            () -> RocAuc.binary(new boolean[] {true, false}, new double[] {0.1, Double.NaN}));
        assertMessage("at least two classes, got 1", () -> RocAuc.of(new int[] {0}, new double[][] {{1}}));
    }
}
