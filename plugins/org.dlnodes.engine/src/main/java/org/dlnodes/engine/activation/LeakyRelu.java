package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = z for z > 0, else alpha z}; {@code f'(z) = 1 or alpha}. */
final class LeakyRelu implements Activation {

    private final double alpha;

    LeakyRelu(final double alpha) {
        this.alpha = alpha;
    }

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new LeakyReLU(z, a, alpha));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new LeakyReLUDerivative(z, out, alpha));
        out.muli(delta);
    }
}
