package org.dlnodes.engine.metrics;

import static org.dlnodes.engine.metrics.ConfusionMatrixTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static final double EXACT = 1e-12;

    /**
     * The example of {@link ConfusionMatrixTest}: rows true, columns predicted
     *
     * <pre>
     *        cat dog bird | support
     * cat     2   1   0   |  3
     * dog     0   2   0   |  2
     * bird    2   0   1   |  3
     * predicted: 4  3  1  |  8 rows, 5 correct
     * </pre>
     */
    private static final ClassificationReport THREE_CLASSES = ClassificationReport.of(List.of("cat", "dog", "bird"),
        new int[] {0, 0, 0, 1, 1, 2, 2, 2}, new int[] {0, 0, 1, 1, 1, 2, 0, 0});

    @Test
    void scoresEachClassAgainstTheOthers() {
        // precision TP/predicted, recall TP/support, F1 = 2TP/(predicted + support)
        // cat:  2/4 = 1/2, 2/3, 4/7;  dog: 2/3, 2/2 = 1, 4/5;  bird: 1/1 = 1, 1/3, 2/4 = 1/2
        assertEquals(List.of(new ClassScores("cat", 1.0 / 2, 2.0 / 3, 4.0 / 7, 3),
            new ClassScores("dog", 2.0 / 3, 1, 4.0 / 5, 2), new ClassScores("bird", 1, 1.0 / 3, 1.0 / 2, 3)),
            THREE_CLASSES.perClass());
    }

    @Test
    void averagesUnweightedAndWeightedBySupport() {
        // macro: P (1/2 + 2/3 + 1)/3 = 13/18, R (2/3 + 1 + 1/3)/3 = 2/3, F1 (4/7 + 4/5 + 1/2)/3 = 131/210
        final ClassScores macro = THREE_CLASSES.macroAverage();
        assertEquals(13.0 / 18, macro.precision(), EXACT);
        assertEquals(2.0 / 3, macro.recall(), EXACT);
        assertEquals(131.0 / 210, macro.f1(), EXACT);
        assertEquals(8, macro.support());
        // weighted by support 3, 2, 3 of 8: P (3/2 + 4/3 + 3)/8 = 35/48, R (2 + 2 + 1)/8 = 5/8 (= accuracy),
        // F1 (12/7 + 8/5 + 3/2)/8 = 337/560
        final ClassScores weighted = THREE_CLASSES.weightedAverage();
        assertEquals(35.0 / 48, weighted.precision(), EXACT);
        assertEquals(5.0 / 8, weighted.recall(), EXACT);
        assertEquals(337.0 / 560, weighted.f1(), EXACT);
    }

    @Test
    void computesAccuracyAndCohensKappa() {
        // p_o = 5/8; p_e = (3*4 + 2*3 + 3*1)/64 = 21/64; kappa = (40/64 - 21/64)/(1 - 21/64) = 19/43
        assertEquals(5.0 / 8, THREE_CLASSES.accuracy(), EXACT);
        assertEquals(19.0 / 43, THREE_CLASSES.cohensKappa(), EXACT);
    }

    @Test
    void givesZeroForUndefinedPrecisionAndRecallAndLeavesAbsentClassesOutOfTheMacroAverage() {
        // true a a b b, predicted a a a a; c occurs nowhere.
        // a: P 2/4, R 2/2, F1 4/6;  b: never predicted, P 0, R 0/2, F1 0;  c: P 0, R 0, F1 0, not averaged
        final ClassificationReport report =
            ClassificationReport.of(List.of("a", "b", "c"), new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0});

        assertEquals(new ClassScores("b", 0, 0, 0, 2), report.perClass().get(1));
        assertEquals(new ClassScores("c", 0, 0, 0, 0), report.perClass().get(2));
        assertEquals(new ClassScores("macro average", 1.0 / 4, 1.0 / 2, 1.0 / 3, 4), report.macroAverage());
        // p_o = 1/2, p_e = (2*4 + 2*0 + 0*0)/16 = 1/2: no agreement beyond chance
        assertEquals(0, report.cohensKappa(), EXACT);
    }

    @Test
    void kappaIsNaNWhenChanceAgreementIsCertain() {
        final ClassificationReport report =
            ClassificationReport.of(List.of("no", "yes"), new int[] {1, 1}, new int[] {1, 1});

        assertEquals(1, report.accuracy());
        assertTrue(Double.isNaN(report.cohensKappa()));
    }

    @Test
    void addsLogLossAndRocAucWhenGivenProbabilities() {
        // true no, yes, yes, no with P(yes) 0.2, 0.6, 0.6, 0.6, predicted at threshold 0.5: no, yes, yes, yes
        // log loss = -(ln 0.8 + ln 0.6 + ln 0.6 + ln 0.4)/4 = (0.2231436 + 2 * 0.5108256 + 0.9162907)/4 = 0.5402714
        // AUC of yes: positives 0.6, 0.6 against negatives 0.2, 0.6: (1 + 0.5 + 1 + 0.5)/4 = 3/4
        final ClassificationReport report = ClassificationReport.of(List.of("no", "yes"), new int[] {0, 1, 1, 0},
            new int[] {0, 1, 1, 1}, new double[][] {{0.8, 0.2}, {0.4, 0.6}, {0.4, 0.6}, {0.4, 0.6}});

        assertEquals(-(Math.log(0.8) + 2 * Math.log(0.6) + Math.log(0.4)) / 4, report.logLoss().orElseThrow(), EXACT);
        assertEquals(0.5402714, report.logLoss().orElseThrow(), 1e-7);
        assertEquals(0.75, report.rocAuc().orElseThrow(), EXACT);
        assertEquals(List.of("accuracy", "Cohen's kappa", "macro precision", "macro recall", "macro F1",
            "weighted precision", "weighted recall", "weighted F1", "log loss", "ROC AUC"),
            report.metrics().stream().map(MetricValue::name).toList());
        assertEquals(new MetricValue("ROC AUC", 0.75), report.metrics().get(9));
    }

    @Test
    void listsOnlyTheClassMetricsWithoutProbabilities() {
        assertTrue(THREE_CLASSES.logLoss().isEmpty());
        assertTrue(THREE_CLASSES.rocAuc().isEmpty());
        assertEquals(new MetricValue("accuracy", 5.0 / 8), THREE_CLASSES.metrics().get(0));
        assertFalse(THREE_CLASSES.metrics().stream().anyMatch(m -> m.name().equals("log loss")));
        assertThrows(UnsupportedOperationException.class, () -> THREE_CLASSES.metrics().clear());
        assertThrows(UnsupportedOperationException.class, () -> THREE_CLASSES.perClass().clear());
    }

    @Test
    void rocAucIsNaNForASingleLabel() {
        final ClassificationReport report =
            ClassificationReport.of(List.of("only"), new int[] {0, 0}, new int[] {0, 0}, new double[][] {{1}, {1}});

        assertEquals(0, report.logLoss().orElseThrow(), 1e-15);
        assertTrue(Double.isNaN(report.rocAuc().orElseThrow()));
    }

    @Test
    void rejectsProbabilitiesThatDoNotMatchTheLabels() {
        final List<String> labels = List.of("a", "b", "c");
        assertMessage("row 0 has 2 entries, expected 3", () -> ClassificationReport.of(labels, new int[] {0},
            new int[] {0}, new double[][] {{0.5, 0.5}}));
        assertMessage("rows of class probabilities has 2 entries, expected 1", () -> ClassificationReport.of(labels,
            new int[] {0}, new int[] {0}, new double[][] {{1, 0, 0}, {1, 0, 0}}));
    }
}
