package org.dlnodes.engine.loss;

import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Categorical cross-entropy on class indices 0..K-1 in one column, turned into one-hot rows first: for the whole
 * numbers {@code d = label - k}, {@code 1 - min(|d|, 1)} is 1 at the label's class and 0 elsewhere, computed in place.
 */
final class SparseCategoricalCrossEntropy extends CategoricalCrossEntropy {

    private final ReusableArray oneHot = new ReusableArray();

    private INDArray classIndices;

    SparseCategoricalCrossEntropy(final ClassWeights classWeights) {
        super(classWeights);
    }

    @Override
    protected INDArray prepareLabels(final INDArray labels, final INDArray z) {
        if (classIndices == null || classIndices.dataType() != z.dataType()) {
            classIndices = Nd4j.arange(z.columns()).castTo(z.dataType()).reshape(1, z.columns());
        }
        final INDArray rows = oneHot.like(z).assign(0).addiColumnVector(labels).subiRowVector(classIndices);
        return Transforms.min(Transforms.abs(rows, false), 1.0, false).rsubi(1);
    }
}
