package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code l = mean_k max(1 - y_k a_k, 0)²}, {@code dl/da = -2 y max(1 - y a, 0) / K}. */
final class SquaredHinge extends MarginLoss {

    SquaredHinge(final ClassWeights classWeights, final Activation activation) {
        super(classWeights, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray margin = margin(a, y);
        return margin.muli(margin).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        out.assign(margin(a, y)).muli(y).muli(-2.0 / a.columns());
    }
}
