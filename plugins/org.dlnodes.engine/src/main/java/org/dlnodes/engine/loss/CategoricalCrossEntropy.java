package org.dlnodes.engine.loss;

import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.ReusableArray;
import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Cross-entropy fused with the softmax output, on the pre-activation for stability:
 * {@code l = -sum_k y_k log_softmax(z)_k}, {@code dl/dz = a sum_k y_k - y} (= {@code a - y} for one-hot labels).
 * Float32 on the CPU computes in Java on copies of the small matrices (a batch of 128 x 10 took about 170 µs for
 * the loss and its gradient as 9 libnd4j operations, most of it their calls); elsewhere with libnd4j's operations.
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

    /** Host copies of z (or a), y and the result, grown to the largest batch. */
    private float[] values = new float[0];

    private float[] labels = new float[0];

    private float[] results = new float[0];

    CategoricalCrossEntropy(final ClassWeights classWeights) {
        super(classWeights);
    }

    @Override
    protected final INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray loss = losses.shaped(z.dataType(), z.rows(), 1);
        if (onHost(z, y)) {
            perExampleOnHost(z, y, loss);
            return loss;
        }
        // l = sum_k y_k (ln sum_j e^z_j - z_k) = (sum_k y_k) ln sum_j e^z_j - sum_k y_k z_k
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
        if (onHost(a, y)) {
            gradientOnHost(a, y, out);
            return;
        }
        final INDArray labelSum = sums.shaped(y.dataType(), y.rows(), 1);
        labelSums.run(y, labelSum);
        multiply.run(a, labelSum, out);
        subtract.run(out, y, out);
    }

    /** @return whether both matrices are float32 in host memory, then copied into the host buffers */
    private boolean onHost(final INDArray x, final INDArray y) {
        if (!HostCopy.available(x.dataType()) || !HostCopy.available(y.dataType())) {
            return false;
        }
        final int length = Math.toIntExact(x.length());
        if (values.length < length) {
            values = new float[length];
            labels = new float[length];
            results = new float[length];
        }
        HostCopy.read(x, values);
        HostCopy.read(y, labels);
        return true;
    }

    /** The formula above per row, with the log-sum-exp taken from the row's largest logit, in double. */
    private void perExampleOnHost(final INDArray z, final INDArray y, final INDArray loss) {
        final int rows = Math.toIntExact(z.rows());
        final int classes = Math.toIntExact(z.columns());
        for (int i = 0; i < rows; i++) {
            final int row = i * classes;
            float largest = values[row];
            for (int k = 1; k < classes; k++) {
                largest = Math.max(largest, values[row + k]);
            }
            double exponentials = 0;
            double labelSum = 0;
            double labelTimesLogit = 0;
            for (int k = 0; k < classes; k++) {
                exponentials += Math.exp(values[row + k] - largest);
                labelSum += labels[row + k];
                labelTimesLogit += (double)labels[row + k] * values[row + k];
            }
            results[i] = (float)(labelSum * (largest + Math.log(exponentials)) - labelTimesLogit);
        }
        HostCopy.write(results, 0, rows, loss);
    }

    /** {@code a sum_k y_k - y} per row, in float as libnd4j computes it. */
    private void gradientOnHost(final INDArray a, final INDArray y, final INDArray out) {
        final int rows = Math.toIntExact(a.rows());
        final int classes = Math.toIntExact(a.columns());
        for (int i = 0; i < rows; i++) {
            final int row = i * classes;
            float labelSum = 0;
            for (int k = 0; k < classes; k++) {
                labelSum += labels[row + k];
            }
            for (int k = 0; k < classes; k++) {
                results[row + k] = values[row + k] * labelSum - labels[row + k];
            }
        }
        HostCopy.write(results, out);
    }
}
