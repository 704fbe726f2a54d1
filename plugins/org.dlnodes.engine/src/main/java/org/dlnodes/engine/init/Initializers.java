package org.dlnodes.engine.init;

import org.dlnodes.engine.spec.InitializerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.api.ops.random.impl.UniformDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fills weights and biases as an {@link InitializerSpec} says, drawing from the network's seeded generator so that
 * the same seed gives the same network. The variance-scaling initializers use plain (not truncated) normals.
 */
public final class Initializers {

    private Initializers() {
    }

    /**
     * Fills {@code target} in place.
     *
     * @param spec the initializer
     * @param target the array to fill
     * @param fanIn the number of inputs of the layer
     * @param fanOut the number of outputs of the layer
     * @param random the seeded generator
     */
    public static void fill(final InitializerSpec spec, final INDArray target, final long fanIn, final long fanOut,
        final Random random) {
        switch (spec.type()) {
            case ZEROS -> target.assign(0);
            case CONSTANT -> target.assign(spec.a());
            case NORMAL -> normal(target, spec.a(), random);
            case UNIFORM -> uniform(target, spec.a(), spec.b(), random);
            case LECUN_NORMAL -> normal(target, Math.sqrt(1.0 / fanIn), random);
            case LECUN_UNIFORM -> symmetricUniform(target, Math.sqrt(3.0 / fanIn), random);
            case GLOROT_NORMAL -> normal(target, Math.sqrt(2.0 / (fanIn + fanOut)), random);
            case GLOROT_UNIFORM -> symmetricUniform(target, Math.sqrt(6.0 / (fanIn + fanOut)), random);
            case HE_NORMAL -> normal(target, Math.sqrt(2.0 / fanIn), random);
            case HE_UNIFORM -> symmetricUniform(target, Math.sqrt(6.0 / fanIn), random);
        }
    }

    private static void normal(final INDArray target, final double std, final Random random) {
        Nd4j.getExecutioner().exec(new GaussianDistribution(target, 0.0, std), random);
    }

    private static void symmetricUniform(final INDArray target, final double limit, final Random random) {
        uniform(target, -limit, limit, random);
    }

    private static void uniform(final INDArray target, final double low, final double high, final Random random) {
        Nd4j.getExecutioner().exec(new UniformDistribution(target, low, high), random);
    }
}
