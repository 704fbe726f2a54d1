package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Keras' {@code l = mean_k (a_k - y_k ln(a_k + eps))}, eps = 1e-7; {@code dl/da = (1 - y / (a + eps)) / K}. */
final class Poisson extends ActivatedLoss {

    private static final double EPSILON = 1e-7;

    Poisson(final Activation activation) {
        super(null, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        return Transforms.log(a.add(EPSILON), false).muli(y).rsubi(a).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        out.assign(a).addi(EPSILON).rdivi(y).rsubi(1).divi(a.columns());
    }
}
