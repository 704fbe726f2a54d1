package org.dlnodes.engine.metrics;

import static org.dlnodes.engine.metrics.ConfusionMatrixTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogLossTest {

    @Test
    void isTheMeanNegativeLogProbabilityOfTheTrueClass() {
        // -(ln 1/2 + ln 0.8 + ln 0.7)/3 = (0.6931472 + 0.2231436 + 0.3566749)/3 = 0.4243219
        assertEquals(0.4243219, LogLoss.of(new int[] {0, 1, 2},
            new double[][] {{0.5, 0.25, 0.25}, {0.1, 0.8, 0.1}, {0.2, 0.1, 0.7}}), 1e-7);
    }

    @Test
    void aGuessBetweenTwoClassesCostsLnTwo() {
        assertEquals(Math.log(2), LogLoss.of(new int[] {0, 1}, new double[][] {{0.5, 0.5}, {0.5, 0.5}}), 1e-15);
    }

    @Test
    void clipsAZeroProbabilityToMachineEpsilon() {
        // -(ln 1/2 + ln 0.8 + ln 2^-52)/3 = (0.6931472 + 0.2231436 + 52 ln 2 = 36.0436534)/3 = 12.3199814
        assertEquals(12.3199814,
            LogLoss.of(new int[] {0, 1, 2}, new double[][] {{0.5, 0.25, 0.25}, {0.1, 0.8, 0.1}, {0, 1, 0}}), 1e-7);
        assertEquals(Math.pow(2, -52), LogLoss.EPSILON);
    }

    @Test
    void rejectsWhatAreNotProbabilitiesOfTheClasses() {
        assertMessage("No rows", () -> LogLoss.of(new int[0], new double[0][]));
        assertMessage("sum to 0.9", () -> LogLoss.of(new int[] {0}, new double[][] {{0.5, 0.4}}));
        assertMessage("probability -0.5, outside [0, 1]", () -> LogLoss.of(new int[] {0}, new double[][] {{-0.5, 1.5}}));
        assertMessage("probability NaN", () -> LogLoss.of(new int[] {0}, new double[][] {{Double.NaN, 1}}));
        assertMessage("Class index 2 of the true classes at row 0 is out of range: there are 2 classes",
            () -> LogLoss.of(new int[] {2}, new double[][] {{0.5, 0.5}}));
        assertMessage("has 1 entries, expected 2", () -> LogLoss.of(new int[] {0, 1}, new double[][] {{0.5, 0.5}}));
    }
}
