package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.SELUDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SELU;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scaled ELU, {@code f(z) = lambda z for z > 0, else lambda alpha (e^z - 1)} with the self-normalizing constants
 * lambda ≈ 1.0507 and alpha ≈ 1.6733; pair it with LeCun-normal weights.
 */
final class Selu implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new SELU(z, a));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new SELUDerivative(z, out));
        out.muli(delta);
    }
}
