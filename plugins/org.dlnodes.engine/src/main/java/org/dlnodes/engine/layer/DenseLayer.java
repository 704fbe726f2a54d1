package org.dlnodes.engine.layer;

import java.util.List;
import java.util.Map;

import org.dlnodes.engine.activation.Activation;
import org.dlnodes.engine.activation.Activations;
import org.dlnodes.engine.init.Initializers;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.tensor.MatrixProduct;
import org.dlnodes.engine.tensor.Ones;
import org.dlnodes.engine.tensor.ReusableArray;
import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code z = x W + b}, {@code a = f(z)}. Backward: {@code dz = f'(z) * delta}, {@code dW = xᵀ dz + penalty'(W)},
 * {@code db = sum over the batch of dz}, {@code dx = dz Wᵀ}. The penalty is {@code l1 sum|W| + l2 sum W²}.
 */
public final class DenseLayer implements Layer {

    private final DenseSpec spec;

    private final Parameter weights;

    private final Parameter bias;

    private final Activation activation;

    private final boolean needsInputGradient;

    private final ReusableArray z = new ReusableArray();

    private final ReusableArray a = new ReusableArray();

    private final ReusableArray dz = new ReusableArray();

    private final ReusableArray dx = new ReusableArray();

    private final ReusableArray penaltyGradient = new ReusableArray();

    /** {@code z = x W} */
    private final MatrixProduct product = new MatrixProduct(false, false);

    private final ReusedOp addBias = new ReusedOp("biasadd", 2).booleans(false);

    /** {@code dW = xᵀ dz} */
    private final MatrixProduct weightGradient = new MatrixProduct(true, false);

    /** {@code db = 1ᵀ dz}, the sum over the examples as a product with a row of ones */
    private final MatrixProduct biasGradient = new MatrixProduct(false, false);

    private final Ones ones = new Ones();

    /** The bias gradient as the row [1, units] that the product writes */
    private final INDArray biasGradientRow;

    /** {@code dx = dz Wᵀ} */
    private final MatrixProduct inputGradient = new MatrixProduct(false, true);

    private INDArray input;

    private INDArray lastZ;

    private INDArray lastA;

    /**
     * @param name the layer's name, prefix of its parameters' names
     * @param spec the settings
     * @param inputSize the number of inputs
     * @param block where the weights and bias live
     * @param random the seeded generator for the initial weights
     * @param needsInputGradient false for the first layer, whose input gradient nobody uses
     */
    public DenseLayer(final String name, final DenseSpec spec, final int inputSize, final ParameterBlock block,
        final Random random, final boolean needsInputGradient) {
        this.spec = spec;
        this.needsInputGradient = needsInputGradient;
        weights = block.take(name + "/weights", inputSize, spec.units());
        bias = block.take(name + "/bias", spec.units());
        biasGradientRow = bias.gradient().reshape(1, spec.units());
        activation = Activations.create(spec.activation());
        Initializers.fill(spec.weightInit(), weights.value(), inputSize, spec.units(), random);
        Initializers.fill(spec.biasInit(), bias.value(), inputSize, spec.units(), random);
    }

    @Override
    public INDArray forward(final INDArray x, final boolean training) {
        input = x;
        lastZ = z.shaped(x.dataType(), x.rows(), spec.units());
        product.run(x, weights.value(), lastZ);
        addBias.run(lastZ, bias.value(), lastZ);
        lastA = a.like(lastZ);
        activation.forward(lastZ, lastA);
        return lastA;
    }

    @Override
    public INDArray backward(final INDArray delta) {
        final INDArray preActivationDelta = dz.like(lastZ);
        activation.backward(lastZ, lastA, delta, preActivationDelta);
        return backwardFromPreActivation(preActivationDelta);
    }

    /**
     * The backward pass from {@code dL/dz}, for an output layer whose loss is fused with its activation.
     *
     * @param preActivationDelta dL/dz
     * @return dL/d input, or null for the first layer
     */
    public INDArray backwardFromPreActivation(final INDArray preActivationDelta) {
        weightGradient.run(input, preActivationDelta, weights.gradient());
        addPenaltyGradient();
        biasGradient.run(ones.row(preActivationDelta.dataType(), preActivationDelta.rows()), preActivationDelta,
            biasGradientRow);
        if (!needsInputGradient) {
            return null;
        }
        final INDArray inputDelta = dx.like(input);
        inputGradient.run(preActivationDelta, weights.value(), inputDelta);
        return inputDelta;
    }

    private void addPenaltyGradient() {
        final INDArray w = weights.value();
        if (spec.l1() > 0) {
            final INDArray sign = penaltyGradient.like(w);
            Nd4j.exec(new Sign(w, sign));
            weights.gradient().addi(sign.muli(spec.l1()));
        }
        if (spec.l2() > 0) {
            weights.gradient().addi(penaltyGradient.like(w).assign(w).muli(2 * spec.l2()));
        }
    }

    @Override
    public double penalty() {
        final INDArray w = weights.value();
        return (spec.l1() > 0 ? spec.l1() * w.norm1Number().doubleValue() : 0)
            + (spec.l2() > 0 ? spec.l2() * Math.pow(w.norm2Number().doubleValue(), 2) : 0);
    }

    /** @return the output layer's pre-activation z of the last forward pass */
    public INDArray preActivation() {
        return lastZ;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, bias);
    }

    @Override
    public Map<String, INDArray> state() {
        return Map.of();
    }
}
