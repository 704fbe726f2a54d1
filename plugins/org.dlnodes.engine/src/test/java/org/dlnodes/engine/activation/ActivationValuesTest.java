package org.dlnodes.engine.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationSpec;
import org.dlnodes.engine.spec.ActivationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The forward values at -1 and 2, computed by hand from the textbook definitions. */
class ActivationValuesTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    @ParameterizedTest
    @CsvSource({
        "LINEAR, -1, 2",
        "SIGMOID, 0.2689414213699951, 0.8807970779778823",
        "TANH, -0.7615941559557649, 0.9640275800758169",
        "RELU, 0, 2",
        "LEAKY_RELU, -0.3, 2",
        "ELU, -0.6321205588285577, 2",
        "SELU, -1.1113307378125625, 2.1014019747108",
        "GELU, -0.15865525393145707, 1.9544997361036416",
        "SOFTPLUS, 0.31326168751822286, 2.1269280110429727",
        "SOFTSIGN, -0.5, 0.6666666666666666",
        "HARD_SIGMOID, 0.3, 0.9",
        "SWISH, -0.2689414213699951, 1.7615941559557646",
        "SOFTMAX, 0.04742587317756678, 0.9525741268224334"})
    void matchesTheDefinition(final ActivationType type, final double atMinusOne, final double atTwo) {
        final INDArray z = Nd4j.createFromArray(new double[][] {{-1, 2}});
        final INDArray a = z.ulike();
        Activations.create(ActivationSpec.of(type)).forward(z, a);
        assertArrayEquals(new double[] {atMinusOne, atTwo}, a.toDoubleVector(), 1e-12);
    }
}
