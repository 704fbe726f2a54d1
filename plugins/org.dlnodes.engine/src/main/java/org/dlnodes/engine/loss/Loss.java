package org.dlnodes.engine.loss;

import org.dlnodes.engine.tensor.Ones;
import org.dlnodes.engine.tensor.Scaling;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss over a batch, {@code L = (1/N) sum_i w_i l_i}, where {@code l_i} is example i's loss and {@code w_i} its
 * class weight (1 without class weights), as Keras' sum-over-batch-size reduction. It sees the output layer's
 * pre-activation {@code z} and activation {@code a = f(z)}, so that cross-entropies can use the stable fused forms.
 */
public abstract class Loss {

    private final ClassWeights classWeights;

    private final Ones ones = new Ones();

    /** @param classWeights the weights per class, or null for none */
    protected Loss(final ClassWeights classWeights) {
        this.classWeights = classWeights;
    }

    /**
     * @param z the output layer's pre-activation
     * @param a the output layer's activation
     * @param labels the labels as given (see {@link #prepareLabels})
     * @return the mean loss over the batch
     */
    public final double score(final INDArray z, final INDArray a, final INDArray labels) {
        final INDArray y = prepareLabels(labels, z);
        final INDArray perExample = perExample(z, a, y);
        if (classWeights != null) {
            perExample.muli(classWeights.perExample(y));
        }
        return ones.sum(perExample) / z.rows();
    }

    /**
     * Writes {@code dL/dz} into {@code out}.
     *
     * @param z the output layer's pre-activation
     * @param a the output layer's activation
     * @param labels the labels as given
     * @param out receives the gradient, z's shape
     */
    public final void gradient(final INDArray z, final INDArray a, final INDArray labels, final INDArray out) {
        final INDArray y = prepareLabels(labels, z);
        perExampleGradient(z, a, y, out);
        if (classWeights != null) {
            out.muliColumnVector(classWeights.perExample(y));
        }
        Scaling.scale(out, 1.0 / z.rows());
    }

    /** @return the labels in the form the formulas use (e.g. one-hot from class indices); by default as given */
    protected INDArray prepareLabels(final INDArray labels, final INDArray z) {
        return labels;
    }

    /** @return each example's loss {@code l_i}, a column with a row per example, which the caller may change */
    protected abstract INDArray perExample(INDArray z, INDArray a, INDArray y);

    /** Writes {@code dl_i/dz} for every example into {@code out}. */
    protected abstract void perExampleGradient(INDArray z, INDArray a, INDArray y, INDArray out);
}
