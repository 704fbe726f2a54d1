package org.dlnodes.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final List<String> LABELS = List.of("cat", "dog", "bird");

    @Test
    void countsTrueClassesInRowsAndPredictedClassesInColumns() {
        // true:      cat cat cat dog dog bird bird bird
        // predicted: cat cat dog dog dog bird cat  cat
        final ConfusionMatrix matrix =
            ConfusionMatrix.of(LABELS, new int[] {0, 0, 0, 1, 1, 2, 2, 2}, new int[] {0, 0, 1, 1, 1, 2, 0, 0});

        final long[][] expected = {{2, 1, 0}, {0, 2, 0}, {2, 0, 1}};
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(expected[t][p], matrix.count(t, p), "true " + t + ", predicted " + p);
            }
        }
        assertEquals(LABELS, matrix.labels());
        assertEquals(8, matrix.total());
        assertEquals(5, matrix.correct());
        assertEquals(3, matrix.actual(2));
        assertEquals(4, matrix.predicted(0));
    }

    @Test
    void keepsItsOwnCopyOfTheLabels() {
        final List<String> labels = new ArrayList<>(List.of("no", "yes"));
        final ConfusionMatrix matrix = ConfusionMatrix.of(labels, new int[] {0}, new int[] {1});
        labels.set(0, "changed");

        assertEquals(List.of("no", "yes"), matrix.labels());
        assertThrows(UnsupportedOperationException.class, () -> matrix.labels().set(0, "changed"));
    }

    @Test
    void rejectsBadInputWithAMessageSayingWhatIsWrong() {
        assertMessage("No rows", () -> ConfusionMatrix.of(LABELS, new int[0], new int[0]));
        assertMessage("No class labels", () -> ConfusionMatrix.of(List.of(), new int[] {0}, new int[] {0}));
        assertMessage("has 1 entries, expected 2", () -> ConfusionMatrix.of(LABELS, new int[] {0, 1}, new int[] {0}));
        assertMessage("Class index 3 of the true classes at row 1 is out of range",
            () -> ConfusionMatrix.of(LABELS, new int[] {0, 3}, new int[] {0, 0}));
        assertMessage("Class index -1 of the predicted classes at row 0",
            () -> ConfusionMatrix.of(LABELS, new int[] {0}, new int[] {-1}));
    }

    static void assertMessage(final String expectedPart, final Runnable call) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }
}
