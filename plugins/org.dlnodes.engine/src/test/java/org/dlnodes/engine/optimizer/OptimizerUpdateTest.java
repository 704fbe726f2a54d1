package org.dlnodes.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.spec.ScheduleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Two steps of every update rule from w = (1, -2) with the gradients (0.5, -1) then (0.1, 0.3), against values
 * worked out by hand from Keras' formulas (in plain double arithmetic, outside ND4J).
 */
class OptimizerUpdateTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
            Arguments.of(builder(OptimizerType.SGD).learningRate(0.1), new double[] {0.95, -1.9, 0.94, -1.93}),
            Arguments.of(builder(OptimizerType.MOMENTUM).learningRate(0.1),
                new double[] {0.95, -1.9, 0.895, -1.84}),
            Arguments.of(builder(OptimizerType.NESTEROV).learningRate(0.1),
                new double[] {0.905, -1.81, 0.8455, -1.786}),
            Arguments.of(builder(OptimizerType.ADAGRAD).learningRate(0.1),
                new double[] {0.9154845888128602, -1.904653750166349, 0.8988179249239708, -1.9321547025561872}),
            Arguments.of(builder(OptimizerType.RMSPROP).learningRate(0.1),
                new double[] {0.6837728664367966, -1.6837723920969265, 0.6185401979242164, -1.779118602866846}),
            Arguments.of(builder(OptimizerType.RMSPROP).learningRate(0.1).centered(true).momentum(0.5),
                new double[] {0.6666674074049382, -1.6666668518516974, 0.4301156259862631, -1.597128813107345}),
            Arguments.of(builder(OptimizerType.ADADELTA).learningRate(1.0),
                new double[] {0.9985857920944472, -1.9985857878518383, 0.9981837793966586, -1.9991741353973607}),
            Arguments.of(builder(OptimizerType.ADAM).learningRate(0.1),
                new double[] {0.9000006324515321, -1.900000316226766, 0.819697032869824, -1.8572155867270155}),
            Arguments.of(builder(OptimizerType.ADAM).learningRate(0.1).beta2(0.5),
                new double[] {0.9000000282842633, -1.9000000141421336, 0.8035088373535646, -1.8496479599277023}),
            Arguments.of(builder(OptimizerType.AMSGRAD).learningRate(0.1).beta2(0.5),
                new double[] {0.9000000282842633, -1.9000000141421336, 0.8290937663116487, -1.8613238657783484}),
            Arguments.of(builder(OptimizerType.ADAMAX).learningRate(0.1),
                new double[] {0.900000019999996, -1.900000009999999, 0.8420473420704968, -1.8683894552378713}),
            Arguments.of(builder(OptimizerType.NADAM).learningRate(0.1),
                new double[] {0.8943548432934925, -1.8943548327289779, 0.8676667349291698, -1.9183550475932707}));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void twoStepsMatchTheFormulas(final OptimizerSpec.Builder builder, final double[] expected) {
        final OptimizerSpec spec = builder.build();
        final Optimizer optimizer = Optimizers.create(spec, 2, DataType.DOUBLE);
        final INDArray w = Nd4j.createFromArray(1.0, -2.0);
        optimizer.step(w, Nd4j.createFromArray(0.5, -1.0));
        assertArrayEquals(new double[] {expected[0], expected[1]}, w.toDoubleVector(), 1e-12, "step 1");
        optimizer.step(w, Nd4j.createFromArray(0.1, 0.3));
        assertArrayEquals(new double[] {expected[2], expected[3]}, w.toDoubleVector(), 1e-12, "step 2");
        assertEquals(2, optimizer.iterations());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void twoStepsMatchTheFormulasInFloat32(final OptimizerSpec.Builder builder, final double[] expected) {
        // float32 on the CPU runs the Java loops of HostUpdate
        final Optimizer optimizer = Optimizers.create(builder.build(), 2, DataType.FLOAT);
        final INDArray w = Nd4j.createFromArray(1f, -2f);
        optimizer.step(w, Nd4j.createFromArray(0.5f, -1f));
        assertArrayEquals(new double[] {expected[0], expected[1]}, w.castTo(DataType.DOUBLE).toDoubleVector(), 2e-6,
            "step 1");
        optimizer.step(w, Nd4j.createFromArray(0.1f, 0.3f));
        assertArrayEquals(new double[] {expected[2], expected[3]}, w.castTo(DataType.DOUBLE).toDoubleVector(), 2e-6,
            "step 2");
    }

    @Test
    void kerasDefaults() {
        final OptimizerSpec adam = OptimizerSpec.adam();
        assertEquals(0.001, adam.learningRate());
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-7, adam.epsilon());
        assertEquals(0.01, builder(OptimizerType.SGD).build().learningRate());
        assertEquals(0.95, builder(OptimizerType.ADADELTA).build().rho());
        assertEquals(0.9, builder(OptimizerType.RMSPROP).build().rho());
        assertEquals(0.1, builder(OptimizerType.ADAGRAD).build().initialAccumulator());
    }

    @Test
    void clipsByValueThenByGlobalNorm() {
        final OptimizerSpec byValue = builder(OptimizerType.SGD).learningRate(1).clipValue(0.5).build();
        final INDArray w = Nd4j.createFromArray(0.0, 0.0, 0.0);
        Optimizers.create(byValue, 3, DataType.DOUBLE).step(w, Nd4j.createFromArray(2.0, -0.25, -3.0));
        assertArrayEquals(new double[] {-0.5, 0.25, 0.5}, w.toDoubleVector(), 1e-15);

        final OptimizerSpec byNorm = builder(OptimizerType.SGD).learningRate(1).clipNorm(1).build();
        final INDArray v = Nd4j.createFromArray(0.0, 0.0);
        Optimizers.create(byNorm, 2, DataType.DOUBLE).step(v, Nd4j.createFromArray(3.0, 4.0));
        assertArrayEquals(new double[] {-0.6, -0.8}, v.toDoubleVector(), 1e-15);
    }

    @Test
    void schedulesGiveKerasLearningRates() {
        assertEquals(0.1, ScheduleSpec.CONSTANT.learningRate(0.1, 1000));
        assertEquals(0.1 * 0.5 * 0.5, ScheduleSpec.stepDecay(10, 0.5).learningRate(0.1, 25), 1e-15);
        assertEquals(0.1 * Math.pow(0.5, 2.5), ScheduleSpec.exponentialDecay(10, 0.5).learningRate(0.1, 25), 1e-15);
        // Halfway through a cosine decay to alpha = 0.2: (1 - 0.2) * 0.5 + 0.2 = 0.6 of the rate; after it, alpha.
        assertEquals(0.06, ScheduleSpec.cosineDecay(100, 0.2).learningRate(0.1, 50), 1e-15);
        assertEquals(0.02, ScheduleSpec.cosineDecay(100, 0.2).learningRate(0.1, 500), 1e-15);
    }

    @Test
    void theScheduleDrivesTheSteps() {
        final OptimizerSpec spec = builder(OptimizerType.SGD).learningRate(1).schedule(ScheduleSpec.stepDecay(1, 0.5))
            .build();
        final Optimizer optimizer = Optimizers.create(spec, 1, DataType.DOUBLE);
        final INDArray w = Nd4j.createFromArray(0.0);
        optimizer.step(w, Nd4j.createFromArray(1.0));
        optimizer.step(w, Nd4j.createFromArray(1.0));
        assertEquals(-1.5, w.getDouble(0), 1e-15);
    }

    private static OptimizerSpec.Builder builder(final OptimizerType type) {
        return OptimizerSpec.builder(type);
    }
}
