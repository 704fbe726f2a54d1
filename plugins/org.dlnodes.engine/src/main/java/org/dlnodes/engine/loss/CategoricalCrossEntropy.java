package org.dlnodes.engine.loss;

import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Cross-entropy fused with the softmax output, on the pre-activation for stability:
 * {@code l = -sum_k y_k log_softmax(z)_k}, {@code dl/dz = a sum_k y_k - y} (= {@code a - y} for one-hot labels).
 */
class CategoricalCrossEntropy extends Loss {

    private final ReusableArray logProbabilities = new ReusableArray();

    private final ReusableArray exponentials = new ReusableArray();

    CategoricalCrossEntropy(final ClassWeights classWeights) {
        super(classWeights);
    }

    @Override
    protected final INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        // log_softmax(z) = (z - max z) - ln sum e^(z - max z); libnd4j's log_softmax gives -inf for large gaps.
        final INDArray logP = logProbabilities.like(z).assign(z).subiColumnVector(z.max(true, 1));
        final INDArray shiftedExp = Transforms.exp(exponentials.like(z).assign(logP), false);
        logP.subiColumnVector(Transforms.log(shiftedExp.sum(true, 1), false));
        return logP.muli(y).sum(true, 1).negi();
    }

    @Override
    protected final void perExampleGradient(final INDArray z, final INDArray a, final INDArray y,
        final INDArray out) {
        out.assign(a).muliColumnVector(y.sum(true, 1)).subi(y);
    }
}
