package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code l = mean_k (a_k - y_k)²}, {@code dl/da = 2 (a - y) / K}. */
final class MeanSquaredError extends ActivatedLoss {

    MeanSquaredError(final Activation activation) {
        super(null, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray error = a.sub(y);
        return error.muli(error).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        out.assign(a).subi(y).muli(2.0 / a.columns());
    }
}
