package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code l = mean_k |a_k - y_k|}, {@code dl/da = sign(a - y) / K}. */
final class MeanAbsoluteError extends ActivatedLoss {

    MeanAbsoluteError(final Activation activation) {
        super(null, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        return Transforms.abs(a.sub(y), false).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        out.assign(a).subi(y);
        Nd4j.exec(new Sign(out, out));
        out.divi(a.columns());
    }
}
