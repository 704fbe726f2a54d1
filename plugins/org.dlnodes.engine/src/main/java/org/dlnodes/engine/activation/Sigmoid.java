package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = 1 / (1 + e^-z)}, {@code f'(z) = f(z) (1 - f(z))}. */
final class Sigmoid implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid(z, a));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        out.assign(a).rsubi(1).muli(a).muli(delta);
    }
}
