package org.dlnodes.engine.activation;

import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row-wise {@code a_k = e^z_k / sum_j e^z_j}. Its Jacobian gives {@code dL/dz = a * (dL/da - sum_j a_j dL/da_j)}.
 * With cross-entropy the loss takes the fused, simpler path instead (see the loss package).
 */
final class Softmax implements Activation {

    /** libnd4j's softmax along dimension 1, the classes */
    private final ReusedOp softmax = new ReusedOp("softmax", 1).integers(1);

    @Override
    public void forward(final INDArray z, final INDArray a) {
        softmax.run(z, a);
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        final INDArray weightedSum = out.assign(delta).muli(a).sum(true, 1);
        out.assign(delta).subiColumnVector(weightedSum).muli(a);
    }
}
