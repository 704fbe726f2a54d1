package org.dlnodes.engine.metrics;

import static org.dlnodes.engine.metrics.ConfusionMatrixTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegressionReportTest {

    private static final double EXACT = 1e-12;

    @Test
    void scoresOneOutput() {
        // y 3, -0.5, 2, 7; yhat 2.5, 0, 2, 8; |e| 0.5, 0.5, 0, 1
        // MSE (0.25 + 0.25 + 0 + 1)/4 = 0.375; RMSE sqrt(0.375) = 0.6123724; MAE 2/4 = 0.5
        // MAPE (0.5/3 + 0.5/0.5 + 0/2 + 1/7)/4 = (1/6 + 1 + 1/7)/4 = 55/168
        // R^2: mean y = 2.875, sum (y - mean)^2 = 0.015625 + 11.390625 + 0.765625 + 17.015625 = 29.1875,
        //      1 - 1.5/29.1875 = 0.9486081; max error 1
        final RegressionScores scores =
            RegressionScores.of("price", new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0, 2, 8});

        assertEquals(new RegressionScores("price", 0.375, Math.sqrt(0.375), 0.5, 55.0 / 168, 1 - 1.5 / 29.1875, 1),
            scores);
        assertEquals(0.6123724, scores.rootMeanSquaredError(), 1e-7);
        assertEquals(0.9486081, scores.r2(), 1e-7);
    }

    @Test
    void scoresEachOutputAndAveragesThem() {
        // rows (y0, y1) -> (yhat0, yhat1): (0.5, 1) -> (0, 2); (-1, 1) -> (-1, 2); (7, -6) -> (8, -5)
        // output a: |e| 0.5, 0, 1: MSE 1.25/3, MAE 0.5, max 1;
        //   R^2: mean 13/6, sum (y - mean)^2 = 50.25 - 3 (13/6)^2 = 217/6, 1 - 1.25/(217/6) = 419/434
        // output b: |e| 1, 1, 1: MSE 1, MAE 1, max 1; R^2: mean -4/3, 2 (7/3)^2 + (14/3)^2 = 98/3, 1 - 3/(98/3) = 89/98
        final RegressionReport report = RegressionReport.of(List.of("a", "b"),
            new double[][] {{0.5, 1}, {-1, 1}, {7, -6}}, new double[][] {{0, 2}, {-1, 2}, {8, -5}});

        final RegressionScores a = report.perOutput().get(0);
        assertEquals("a", a.output());
        assertEquals(1.25 / 3, a.meanSquaredError(), EXACT);
        assertEquals(419.0 / 434, a.r2(), EXACT);
        final RegressionScores b = report.perOutput().get(1);
        assertEquals(new RegressionScores("b", 1, 1, 1, (1 + 1 + 1.0 / 6) / 3, 89.0 / 98, 1), b);

        final RegressionScores average = report.average();
        assertEquals("average", average.output());
        assertEquals((1.25 / 3 + 1) / 2, average.meanSquaredError(), EXACT);
        assertEquals((Math.sqrt(1.25 / 3) + 1) / 2, average.rootMeanSquaredError(), EXACT);
        assertEquals(0.75, average.meanAbsoluteError(), EXACT);
        assertEquals((419.0 / 434 + 89.0 / 98) / 2, average.r2(), EXACT);
        assertEquals(1, average.maxError(), EXACT);
    }

    @Test
    void aSingleOutputIsItsOwnAverage() {
        final RegressionReport report = RegressionReport.of("y", new double[] {1, 2}, new double[] {1, 4});

        assertEquals(List.of(RegressionScores.of("y", new double[] {1, 2}, new double[] {1, 4})), report.perOutput());
        assertEquals(new RegressionScores("average", 2, Math.sqrt(2), 1, 0.5, -7, 2), report.average());
    }

    @Test
    void mapeIsNaNWhenATargetIsZeroAndTheOtherErrorsStayDefined() {
        final RegressionScores scores = RegressionScores.of("y", new double[] {0, 2}, new double[] {0, 3});

        assertTrue(Double.isNaN(scores.meanAbsolutePercentageError()));
        assertEquals(0.5, scores.meanAbsoluteError(), EXACT);
        // mean 1, sum (y - mean)^2 = 2, 1 - 1/2
        assertEquals(0.5, scores.r2(), EXACT);
    }

    @Test
    void rSquaredIsNaNForConstantTargetsEvenWhenTheirMeanRoundsOff() {
        // 0.1 + 0.1 + 0.1 is not 0.3 in double, so the mean is not exactly 0.1.
        final RegressionScores scores =
            RegressionScores.of("y", new double[] {0.1, 0.1, 0.1}, new double[] {0.1, 0.1, 0.1});

        assertTrue(Double.isNaN(scores.r2()));
        assertEquals(0, scores.meanSquaredError());
    }

    @Test
    void listsNamedValues() {
        assertEquals(List.of(new MetricValue("mean squared error", 4), new MetricValue("root mean squared error", 2),
            new MetricValue("mean absolute error", 2), new MetricValue("mean absolute percentage error", 2),
            new MetricValue("R^2", Double.NaN), new MetricValue("max error", 2)),
            RegressionScores.of("y", new double[] {1}, new double[] {3}).metrics());
    }

    @Test
    void rejectsBadInput() {
        assertMessage("No rows to score: the targets of y is empty",
            () -> RegressionScores.of("y", new double[0], new double[0]));
        assertMessage("predictions of y has 1 entries, expected 2",
            () -> RegressionScores.of("y", new double[] {1, 2}, new double[] {1}));
        assertMessage("prediction of y at row 0 is Infinity",
            () -> RegressionScores.of("y", new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
        assertMessage("target of y at row 0 is NaN",
            () -> RegressionScores.of("y", new double[] {Double.NaN}, new double[] {1}));
        assertMessage("No regression outputs",
            () -> RegressionReport.of(List.of(), new double[][] {{1}}, new double[][] {{1}}));
        assertMessage("row 1 of the predictions has 1 entries, expected 2", () -> RegressionReport.of(
            List.of("a", "b"), new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}, {3}}));
        assertMessage("rows of predictions has 1 entries, expected 2", () -> RegressionReport.of(List.of("a"),
            new double[][] {{1}, {2}}, new double[][] {{1}}));
    }
}
