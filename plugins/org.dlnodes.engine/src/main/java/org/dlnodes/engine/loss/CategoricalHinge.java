package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.any.IsMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * On one-hot labels: {@code l = max(max_k((1 - y_k) a_k) - sum_k y_k a_k + 1, 0)}, the best wrong class against the
 * true one; {@code dl/da = e_best (1 - y) - y} where l > 0, else 0, with {@code e_best} the indicator of the
 * maximum of {@code (1 - y) a}.
 */
final class CategoricalHinge extends ActivatedLoss {

    CategoricalHinge(final ClassWeights classWeights, final Activation activation) {
        super(classWeights, activation);
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        return Transforms.relu(rawLoss(a, y), false);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        final INDArray active = rawLoss(a, y);
        Nd4j.exec(new Step(active, active, 0.0));
        final INDArray notTrue = y.rsub(1);
        // The maximum may sit at the true class when every wrong score is negative; that entry is constant 0.
        Nd4j.exec(new IsMax(notTrue.mul(a), out, 1));
        out.muli(notTrue).subi(y).muliColumnVector(active);
    }

    private static INDArray rawLoss(final INDArray a, final INDArray y) {
        final INDArray positive = a.mul(y).sum(true, 1);
        return wrongScores(a, y).max(true, 1).subi(positive).addi(1);
    }

    private static INDArray wrongScores(final INDArray a, final INDArray y) {
        return y.rsub(1).muli(a);
    }
}
