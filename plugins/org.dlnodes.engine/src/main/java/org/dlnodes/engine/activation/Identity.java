package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The linear activation {@code f(z) = z}, for regression outputs. */
final class Identity implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        a.assign(z);
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        out.assign(delta);
    }
}
