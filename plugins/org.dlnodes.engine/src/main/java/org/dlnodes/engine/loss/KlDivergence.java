package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' {@code l = sum_k y_k ln(y_k / a_k)} with y and a clipped to [eps, 1], eps = 1e-7;
 * {@code dl/da = -y / a} where {@code a > eps}, else 0.
 */
final class KlDivergence extends ActivatedLoss {

    private static final double EPSILON = 1e-7;

    KlDivergence(final ClassWeights classWeights, final Activation activation) {
        super(classWeights, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray clippedY = clip(y);
        final INDArray logRatio = Transforms.log(clippedY.div(clip(a)), false);
        return logRatio.muli(clippedY).sum(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        Nd4j.exec(new Step(a, out, EPSILON));
        out.muli(clip(y)).divi(clip(a)).negi();
    }

    private static INDArray clip(final INDArray x) {
        return Transforms.min(Transforms.max(x, EPSILON, true), 1.0, false);
    }
}
