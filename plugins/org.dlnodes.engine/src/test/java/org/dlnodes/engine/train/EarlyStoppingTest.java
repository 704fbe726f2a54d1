package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keras' EarlyStopping rule on fixed metric sequences, worked out by hand from Keras 2.13's source. */
class EarlyStoppingTest {

    /** @return the epoch (from 0) at which training stops, or -1 */
    private static int stopEpoch(final EarlyStopping stopping, final double... values) {
        for (int epoch = 0; epoch < values.length; epoch++) {
            if (stopping.epochEnd(epoch, values[epoch]).stop()) {
                return epoch;
            }
        }
        return -1;
    }

    private static EarlyStoppingSettings.Builder loss() {
        return EarlyStoppingSettings.builder().monitor("val_loss");
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        final EarlyStopping stopping = new EarlyStopping(loss().patience(2).build());
        assertEquals(3, stopEpoch(stopping, 1.0, 0.9, 0.95, 0.92, 0.91));
        assertEquals(1, stopping.bestEpoch());
    }

    @Test
    void patienceZeroStopsAtTheFirstEpochWithoutImprovementButNeverAtTheFirstEpoch() {
        assertEquals(2, stopEpoch(new EarlyStopping(loss().build()), 1.0, 0.5, 0.5));
        assertEquals(-1, stopEpoch(new EarlyStopping(loss().build()), Double.NaN));
    }

    @Test
    void changesBelowMinDeltaAreNoImprovement() {
        assertEquals(1, stopEpoch(new EarlyStopping(loss().minDelta(0.05).patience(1).build()), 1.0, 0.97));
        assertEquals(-1, stopEpoch(new EarlyStopping(loss().minDelta(0.05).patience(1).build()), 1.0, 0.94));
    }

    @Test
    void anUnbeatenBaselineKeepsThePatienceCounterRunning() {
        assertEquals(2, stopEpoch(new EarlyStopping(loss().patience(2).baseline(0.5).build()), 0.9, 0.8, 0.8));
        assertEquals(-1, stopEpoch(new EarlyStopping(loss().patience(2).build()), 0.9, 0.8, 0.8));
    }

    @Test
    void warmUpEpochsAreNotWatched() {
        final EarlyStopping stopping = new EarlyStopping(loss().patience(1).startFromEpoch(2).build());
        assertEquals(3, stopEpoch(stopping, 5, 4, 3, 3.5, 3.6));
        assertEquals(2, stopping.bestEpoch());
    }

    @Test
    void accuracyRisesInAutoMode() {
        final EarlyStopping stopping =
            new EarlyStopping(EarlyStoppingSettings.builder().monitor("val_accuracy").patience(1).build());
        assertEquals(2, stopEpoch(stopping, 0.5, 0.6, 0.55));
        assertEquals(1, stopping.bestEpoch());
        assertEquals(-1, stopEpoch(new EarlyStopping(EarlyStoppingSettings.builder().monitor("val_accuracy")
            .mode(MonitorMode.MIN).patience(1).build()), 0.6, 0.5));
    }

    @Test
    void keepsTheWeightsOfTheFirstWatchedAndOfEveryImprovingEpoch() {
        final EarlyStopping stopping = new EarlyStopping(loss().patience(5).restoreBestWeights(true).build());
        assertEquals(new EarlyStopping.Outcome(true, false), stopping.epochEnd(0, Double.NaN));
        assertEquals(new EarlyStopping.Outcome(true, false), stopping.epochEnd(1, 2.0));
        assertEquals(new EarlyStopping.Outcome(false, false), stopping.epochEnd(2, 3.0));
        assertEquals(new EarlyStopping.Outcome(true, false), stopping.epochEnd(3, 1.0));
        assertEquals(3, stopping.keptEpoch());
    }

    @Test
    void settingsAreValidated() {
        assertEquals("The early stopping's patience must be at least 0 epochs; got -1.",
            assertThrows(IllegalArgumentException.class, () -> loss().patience(-1).build()).getMessage());
        assertEquals("The early stopping needs a metric to monitor, e.g. val_loss.",
            assertThrows(IllegalArgumentException.class, () -> loss().monitor(" ").build()).getMessage());
        assertEquals("The early stopping's baseline must be a finite number or absent.",
            assertThrows(IllegalArgumentException.class, () -> loss().baseline(Double.NaN).build()).getMessage());
    }
}
