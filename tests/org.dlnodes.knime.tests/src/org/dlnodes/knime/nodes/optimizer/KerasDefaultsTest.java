package org.dlnodes.knime.nodes.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Choosing another optimizer in the dialog fills in its Keras defaults. */
class KerasDefaultsTest {

    @Test
    void theHyperParametersFollowTheOptimizersKerasDefaults() {
        final OptimizerSettings settings = new OptimizerSettings();
        assertEquals(0.001, settings.learningRate().getDoubleValue());
        settings.type().setStringValue("nesterov");
        settings.applyKerasDefaults();
        assertEquals(0.01, settings.learningRate().getDoubleValue());
        assertEquals(0.9, settings.momentum().getDoubleValue());
        settings.type().setStringValue("adadelta");
        settings.applyKerasDefaults();
        assertEquals(0.001, settings.learningRate().getDoubleValue());
        assertEquals(0.95, settings.rho().getDoubleValue());
        assertEquals(0.0, settings.momentum().getDoubleValue());
    }
}
