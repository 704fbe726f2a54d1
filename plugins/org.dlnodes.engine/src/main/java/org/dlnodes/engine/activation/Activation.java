package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An element-wise (or, for softmax, row-wise) activation {@code a = f(z)} and its backward pass
 * {@code dL/dz = f'(z) * dL/da}. Results are written into arrays the caller owns, which must not alias the inputs.
 */
public interface Activation {

    /** Writes {@code f(z)} into {@code a}. */
    void forward(INDArray z, INDArray a);

    /**
     * Writes {@code dL/dz} into {@code out}.
     *
     * @param z the pre-activation of the forward pass
     * @param a the activation of the forward pass, {@code f(z)}
     * @param delta {@code dL/da}
     * @param out receives {@code dL/dz}
     */
    void backward(INDArray z, INDArray a, INDArray delta, INDArray out);
}
