package org.dlnodes.engine.loss;

import org.dlnodes.engine.tensor.ReusableArray;
import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Cross-entropy fused with the softmax output, on the pre-activation for stability:
 * {@code l = -sum_k y_k log_softmax(z)_k}, {@code dl/dz = a sum_k y_k - y} (= {@code a - y} for one-hot labels).
 */
class CategoricalCrossEntropy extends Loss {

    /**
     * {@code ln sum_k e^z_k} along the classes, which libnd4j computes as {@code max z + ln sum e^(z - max z)}, finite
     * for large gaps (its log_softmax and its fused softmax cross-entropy give infinity there).
     */
    private final ReusedOp logSumExp = new ReusedOp("reduce_logsumexp", 1).integers(1).floats(1.0);

    private final ReusedOp sumPerRow = new ReusedOp("reduce_sum", 1).integers(1).booleans(true);

    private final ReusedOp labelSums = new ReusedOp("reduce_sum", 1).integers(1).booleans(true);

    private final ReusedOp multiply = new ReusedOp("multiply", 2);

    private final ReusedOp subtract = new ReusedOp("subtract", 2);

    private final ReusableArray losses = new ReusableArray();

    private final ReusableArray products = new ReusableArray();

    private final ReusableArray labelTimesLogits = new ReusableArray();

    private final ReusableArray sums = new ReusableArray();

    CategoricalCrossEntropy(final ClassWeights classWeights) {
        super(classWeights);
    }

    @Override
    protected final INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        // l = sum_k y_k (ln sum_j e^z_j - z_k) = (sum_k y_k) ln sum_j e^z_j - sum_k y_k z_k
        final INDArray loss = losses.shaped(z.dataType(), z.rows(), 1);
        logSumExp.run(z, loss);
        final INDArray labelSum = sums.shaped(y.dataType(), y.rows(), 1);
        labelSums.run(y, labelSum);
        multiply.run(loss, labelSum, loss);
        final INDArray yz = products.like(z);
        multiply.run(y, z, yz);
        final INDArray rowSums = labelTimesLogits.shaped(z.dataType(), z.rows(), 1);
        sumPerRow.run(yz, rowSums);
        subtract.run(loss, rowSums, loss);
        return loss;
    }

    @Override
    protected final void perExampleGradient(final INDArray z, final INDArray a, final INDArray y,
        final INDArray out) {
        final INDArray labelSum = sums.shaped(y.dataType(), y.rows(), 1);
        labelSums.run(y, labelSum);
        multiply.run(a, labelSum, out);
        subtract.run(out, y, out);
    }
}
