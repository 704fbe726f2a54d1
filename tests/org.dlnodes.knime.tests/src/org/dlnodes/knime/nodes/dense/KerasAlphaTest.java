package org.dlnodes.knime.nodes.dense;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Choosing leaky ReLU or ELU in the dialog fills in Keras' alpha; other activations leave it alone. */
class KerasAlphaTest {

    @Test
    void alphaFollowsTheActivationsKerasDefault() {
        final DenseSettings settings = new DenseSettings();
        settings.activation().setStringValue("elu");
        settings.applyKerasAlpha();
        assertEquals(1.0, settings.alpha().getDoubleValue());
        settings.activation().setStringValue("leaky_relu");
        settings.applyKerasAlpha();
        assertEquals(0.3, settings.alpha().getDoubleValue());
        settings.alpha().setDoubleValue(0.1);
        settings.activation().setStringValue("tanh");
        settings.applyKerasAlpha();
        assertEquals(0.1, settings.alpha().getDoubleValue());
    }
}
