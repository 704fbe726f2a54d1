package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss defined on the output activation {@code a}: its gradient is {@code dl/da}, taken through the output
 * activation by the chain rule, {@code dl/dz = f'(z) * dl/da}.
 */
abstract class ActivatedLoss extends Loss {

    private final Activation activation;

    private final ReusableArray outputGradient = new ReusableArray();

    ActivatedLoss(final ClassWeights classWeights, final Activation activation) {
        super(classWeights);
        this.activation = activation;
    }

    @Override
    protected final void perExampleGradient(final INDArray z, final INDArray a, final INDArray y,
        final INDArray out) {
        final INDArray dlda = outputGradient.like(a);
        outputGradient(a, y, dlda);
        activation.backward(z, a, dlda, out);
    }

    /** Writes every example's {@code dl_i/da} into {@code out}. */
    protected abstract void outputGradient(INDArray a, INDArray y, INDArray out);
}
