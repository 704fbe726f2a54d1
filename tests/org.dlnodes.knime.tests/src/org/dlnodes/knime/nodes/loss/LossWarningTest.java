package org.dlnodes.knime.nodes.loss;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

/** A loss that trains but rarely fits the output layer is a warning that names the fix, not an error. */
class LossWarningTest {

    private static NetworkSpec network(final ActivationType output, final int units, final LossType loss) {
        return NetworkSpec.builder().input(4).dense(units, output).loss(loss).build();
    }

    @Test
    void aLossForNumbersOnASquashedOutputIsWarnedAbout() {
        final String softmax = new LossSettings().warningFor(network(ActivationType.SOFTMAX, 3,
            LossType.MEAN_SQUARED_ERROR));
        assertTrue(softmax.contains("softmax") && softmax.contains("categorical cross-entropy")
            && softmax.contains("linear output layer"), softmax);
        final String sigmoid = new LossSettings().warningFor(network(ActivationType.SIGMOID, 1, LossType.HUBER));
        assertTrue(sigmoid.contains("binary cross-entropy"), sigmoid);
    }

    @Test
    void fittingLossesAreNotWarnedAbout() {
        assertNull(new LossSettings().warningFor(network(ActivationType.LINEAR, 1, LossType.MEAN_SQUARED_ERROR)));
        assertNull(new LossSettings().warningFor(network(ActivationType.SOFTMAX, 3,
            LossType.CATEGORICAL_CROSS_ENTROPY)));
    }
}
