package org.dlnodes.engine.spec;

/**
 * A fully connected layer {@code a = activation(x W + b)}, with L1 and L2 penalties on the weights
 * ({@code l1 * sum|W| + l2 * sum W²}, as Keras' {@code kernel_regularizer}; both together make ElasticNet).
 *
 * @param units the number of outputs
 * @param activation the activation function
 * @param weightInit how the weights are drawn
 * @param biasInit how the biases are set (a constant)
 * @param l1 the L1 factor, 0 for none
 * @param l2 the L2 factor, 0 for none
 */
public record DenseSpec(int units, ActivationSpec activation, InitializerSpec weightInit, InitializerSpec biasInit,
    double l1, double l2) implements LayerSpec {

    /** @return a layer with Glorot-uniform weights, zero biases and no penalty, Keras' defaults */
    public static DenseSpec of(final int units, final ActivationType activation) {
        return new DenseSpec(units, ActivationSpec.of(activation), InitializerSpec.of(InitializerType.GLOROT_UNIFORM),
            InitializerSpec.of(InitializerType.ZEROS), 0, 0);
    }

    /** @return this layer with other weights' initializer */
    public DenseSpec withWeightInit(final InitializerSpec init) {
        return new DenseSpec(units, activation, init, biasInit, l1, l2);
    }

    /** @return this layer with other biases' initializer */
    public DenseSpec withBiasInit(final InitializerSpec init) {
        return new DenseSpec(units, activation, weightInit, init, l1, l2);
    }

    /** @return this layer with the given L1 and L2 factors */
    public DenseSpec withRegularization(final double newL1, final double newL2) {
        return new DenseSpec(units, activation, weightInit, biasInit, newL1, newL2);
    }

    @Override
    public String kind() {
        return "Dense";
    }

    @Override
    public String description() {
        return "Dense(" + units + ", " + activation + ", weights " + weightInit
            + (l1 + l2 > 0 ? ", l1=" + l1 + ", l2=" + l2 : "") + ")";
    }

    @Override
    public int outputSize(final int inputSize) {
        return units;
    }

    @Override
    public long trainableParameters(final int inputSize) {
        return (long)inputSize * units + units;
    }

    @Override
    public long nonTrainableParameters(final int inputSize) {
        return 0;
    }
}
