package org.dlnodes.engine.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationSpec;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.testing.FiniteDifferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every activation's backward pass against central differences of {@code sum(delta * f(z))}. */
class ActivationGradientTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    @ParameterizedTest
    @EnumSource(ActivationType.class)
    void backwardIsTheDerivative(final ActivationType type) {
        final Activation activation = Activations.create(new ActivationSpec(type, type == ActivationType.ELU ? 0.7
            : type == ActivationType.LEAKY_RELU ? 0.2 : 0.0));
        Nd4j.getRandom().setSeed(42);
        // Values spread over the interesting range but away from the kinks at 0 and ±2.5, where f' jumps.
        final INDArray z = Nd4j.rand(DataType.DOUBLE, 4, 5).muli(2.3).addi(0.1)
            .muli(Nd4j.rand(DataType.DOUBLE, 4, 5).gt(0.5).castTo(DataType.DOUBLE).muli(2).subi(1));
        final INDArray delta = Nd4j.randn(DataType.DOUBLE, 4, 5);
        final INDArray a = z.ulike();
        activation.forward(z, a);
        final INDArray gradient = z.ulike();
        activation.backward(z, a, delta, gradient);

        final INDArray scratch = z.ulike();
        FiniteDifferences.check(type.name(), () -> {
            activation.forward(z, scratch);
            return scratch.mul(delta).sumNumber().doubleValue();
        }, z, gradient);
    }

    @ParameterizedTest
    @EnumSource(ActivationType.class)
    void runsInFloat32(final ActivationType type) {
        final Activation activation = Activations.create(ActivationSpec.of(type));
        final INDArray z = Nd4j.createFromArray(new float[][] {{-1.5f, 0.5f, 2f}});
        final INDArray a = z.ulike();
        activation.forward(z, a);
        final INDArray out = z.ulike();
        activation.backward(z, a, Nd4j.onesLike(z), out);
        assertEquals(DataType.FLOAT, out.dataType());
        assertEquals(0, out.isNaN().castTo(DataType.INT32).sumNumber().intValue());
    }
}
