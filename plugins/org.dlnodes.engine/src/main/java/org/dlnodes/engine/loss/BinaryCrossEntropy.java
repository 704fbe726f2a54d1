package org.dlnodes.engine.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Binary cross-entropy fused with the sigmoid output, in the stable form on the pre-activation:
 * {@code l = mean_k (max(z, 0) - z y + ln(1 + e^-|z|))}, {@code dl/dz = (a - y) / K}.
 */
final class BinaryCrossEntropy extends Loss {

    BinaryCrossEntropy(final ClassWeights classWeights) {
        super(classWeights);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray softTail = Transforms.log1p(Transforms.exp(Transforms.abs(z, true).negi(), false), false);
        return Transforms.relu(z, true).subi(z.mul(y)).addi(softTail).mean(true, 1);
    }

    @Override
    protected void perExampleGradient(final INDArray z, final INDArray a, final INDArray y, final INDArray out) {
        out.assign(a).subi(y).divi(a.columns());
    }
}
