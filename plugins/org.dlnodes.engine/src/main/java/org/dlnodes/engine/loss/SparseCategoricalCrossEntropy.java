package org.dlnodes.engine.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Categorical cross-entropy on class indices 0..K-1 in one column, turned into one-hot rows first. */
final class SparseCategoricalCrossEntropy extends CategoricalCrossEntropy {

    SparseCategoricalCrossEntropy(final ClassWeights classWeights) {
        super(classWeights);
    }

    @Override
    protected INDArray prepareLabels(final INDArray labels, final INDArray z) {
        final INDArray classes = Nd4j.arange(z.columns()).castTo(z.dataType()).reshape(1, z.columns());
        return labels.castTo(z.dataType()).broadcast(z.rows(), z.columns())
            .eq(classes.broadcast(z.rows(), z.columns())).castTo(z.dataType());
    }
}
