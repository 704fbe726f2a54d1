package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' {@code l = mean_k (ln(1 + max(a, eps)) - ln(1 + max(y, eps)))²} with eps = 1e-7;
 * {@code dl/da = 2 (ln(1 + a) - ln(1 + y)) / ((1 + a) K)} where {@code a > eps}, else 0.
 */
final class MeanSquaredLogarithmicError extends ActivatedLoss {

    private static final double EPSILON = 1e-7;

    MeanSquaredLogarithmicError(final Activation activation) {
        super(null, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray difference = logDifference(a, y);
        return difference.muli(difference).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        final INDArray difference = logDifference(a, y);
        Nd4j.exec(new Step(a, out, EPSILON));
        out.muli(difference).muli(2.0 / a.columns()).divi(Transforms.max(a, EPSILON, true).addi(1));
    }

    private static INDArray logDifference(final INDArray a, final INDArray y) {
        final INDArray logA = Transforms.log1p(Transforms.max(a, EPSILON, true), false);
        return logA.subi(Transforms.log1p(Transforms.max(y, EPSILON, true), false));
    }
}
