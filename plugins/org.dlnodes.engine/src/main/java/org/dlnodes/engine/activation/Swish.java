package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SwishDerivative;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = z sigmoid(z)}, {@code f'(z) = sigmoid(z) (1 + z (1 - sigmoid(z)))}. */
final class Swish implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Swish(z, a));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new SwishDerivative(z, out));
        out.muli(delta);
    }
}
