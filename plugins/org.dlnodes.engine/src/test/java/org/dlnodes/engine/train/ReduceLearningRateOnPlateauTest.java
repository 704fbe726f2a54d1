package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keras' ReduceLROnPlateau rule on fixed metric sequences, worked out by hand from Keras 2.13's source. */
class ReduceLearningRateOnPlateauTest {

    private static double[] rates(final ReduceLearningRateSettings settings, final double... values) {
        final ReduceLearningRateOnPlateau reduce = new ReduceLearningRateOnPlateau(settings);
        final double[] rates = new double[values.length];
        double rate = 1.0;
        for (int epoch = 0; epoch < values.length; epoch++) {
            rate = reduce.epochEnd(values[epoch], rate);
            rates[epoch] = rate;
        }
        return rates;
    }

    private static ReduceLearningRateSettings.Builder flat() {
        return ReduceLearningRateSettings.builder().monitor("loss").factor(0.5).patience(1).minLearningRate(0.1);
    }

    @Test
    void halvesAfterEachPlateauDownToTheMinimum() {
        // A cooldown of 1 ends in the epoch right after the reduction, which may then count again (as in Keras).
        assertArrayEquals(new double[] {1, 0.5, 0.25, 0.125, 0.1, 0.1},
            rates(flat().cooldown(1).build(), 1, 1, 1, 1, 1, 1), 1e-15);
    }

    @Test
    void cooldownPausesTheCounting() {
        assertArrayEquals(new double[] {1, 0.5, 0.5, 0.25, 0.25, 0.125},
            rates(flat().cooldown(2).build(), 1, 1, 1, 1, 1, 1), 1e-15);
    }

    @Test
    void improvementsBeyondMinDeltaResetThePatience() {
        assertArrayEquals(new double[] {1, 1, 1, 1, 0.5},
            rates(flat().patience(2).minDelta(0.01).build(), 1.0, 0.9, 0.8, 0.795, 0.79), 1e-15);
    }

    @Test
    void accuracyRisesInAutoMode() {
        assertArrayEquals(new double[] {1, 1, 0.5},
            rates(flat().monitor("accuracy").build(), 0.5, 0.6, 0.6), 1e-15);
    }

    @Test
    void settingsAreValidated() {
        assertEquals("The learning rate reduction factor must be between 0 and 1 (exclusive); got 1.0.",
            assertThrows(IllegalArgumentException.class, () -> flat().factor(1).build()).getMessage());
    }
}
