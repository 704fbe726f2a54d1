package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Row-wise {@code a_k = e^z_k / sum_j e^z_j}. Its Jacobian gives {@code dL/dz = a * (dL/da - sum_j a_j dL/da_j)}.
 * With cross-entropy the loss takes the fused, simpler path instead (see the loss package).
 */
final class Softmax implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new SoftMax(z, a, 1));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        final INDArray weightedSum = out.assign(delta).muli(a).sum(true, 1);
        out.assign(delta).subiColumnVector(weightedSum).muli(a);
    }
}
