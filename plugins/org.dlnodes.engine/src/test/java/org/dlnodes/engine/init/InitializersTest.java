package org.dlnodes.engine.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.InitializerSpec;
import org.dlnodes.engine.spec.InitializerType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Initializers draw from the right distribution (on 120,000 draws the sample standard deviation is within 2% of the
 * formula, 20 times its standard error), stay within their bounds, and the same seed gives the same values.
 */
class InitializersTest {

    private static final int FAN_IN = 400;

    private static final int FAN_OUT = 300;

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    private static INDArray draw(final InitializerSpec spec, final long seed) {
        final INDArray weights = Nd4j.create(DataType.DOUBLE, FAN_IN, FAN_OUT);
        final Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        Initializers.fill(spec, weights, FAN_IN, FAN_OUT, random);
        return weights;
    }

    @ParameterizedTest
    @CsvSource({
        "NORMAL, 0.05, false",
        "LECUN_NORMAL, 0.05, false",
        "LECUN_UNIFORM, 0.05, true",
        "GLOROT_NORMAL, 0.05345224838248488, false",
        "GLOROT_UNIFORM, 0.05345224838248488, true",
        "HE_NORMAL, 0.07071067811865475, false",
        "HE_UNIFORM, 0.07071067811865475, true"})
    void drawsWithTheFormulasStandardDeviation(final InitializerType type, final double std, final boolean uniform) {
        final INDArray weights = draw(new InitializerSpec(type, 0.05, 0), 1);
        assertEquals(std, weights.stdNumber().doubleValue(), 0.02 * std, type.name());
        assertEquals(0, weights.meanNumber().doubleValue(), 0.02 * std, type.name());
        if (uniform) {
            final double limit = Math.sqrt(3) * std;
            assertTrue(weights.amaxNumber().doubleValue() <= limit, type + " exceeds " + limit);
        }
    }

    @ParameterizedTest
    @EnumSource(value = InitializerType.class, names = {"ZEROS", "CONSTANT"}, mode = EnumSource.Mode.EXCLUDE)
    void sameSeedSameValues(final InitializerType type) {
        final InitializerSpec spec = new InitializerSpec(type, 0.05, 0.1);
        assertEquals(draw(spec, 7), draw(spec, 7));
        assertNotEquals(draw(spec, 7), draw(spec, 8));
    }

    @ParameterizedTest
    @CsvSource({"ZEROS, 0", "CONSTANT, 0.25"})
    void constantsFillEveryElement(final InitializerType type, final double value) {
        final INDArray bias = draw(InitializerSpec.constant(value).type() == type ? InitializerSpec.constant(value)
            : InitializerSpec.of(type), 1);
        assertEquals(value, bias.minNumber().doubleValue());
        assertEquals(value, bias.maxNumber().doubleValue());
    }

    @ParameterizedTest
    @CsvSource({"-0.1, 0.3"})
    void uniformStaysInItsRange(final double low, final double high) {
        final INDArray weights = draw(InitializerSpec.uniform(low, high), 3);
        assertTrue(weights.minNumber().doubleValue() >= low);
        assertTrue(weights.maxNumber().doubleValue() < high);
        assertEquals((low + high) / 2, weights.meanNumber().doubleValue(), 0.002);
    }
}
