package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftPlus;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = ln(1 + e^z)}, {@code f'(z) = sigmoid(z)}. */
final class Softplus implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new SoftPlus(z, a));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid(z, out));
        out.muli(delta);
    }
}
