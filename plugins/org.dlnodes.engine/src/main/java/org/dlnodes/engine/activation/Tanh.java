package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = tanh z}, {@code f'(z) = 1 - f(z)²}. */
final class Tanh implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh(z, a));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        out.assign(a).muli(a).rsubi(1).muli(delta);
    }
}
