package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/** {@code l = mean_k max(1 - y_k a_k, 0)}, {@code dl/da = -y / K} where the margin is positive, else 0. */
final class Hinge extends MarginLoss {

    Hinge(final ClassWeights classWeights, final Activation activation) {
        super(classWeights, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        return margin(a, y).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        Nd4j.exec(new Step(margin(a, y), out, 0.0));
        out.muli(y).muli(-1.0 / a.columns());
    }
}
