package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.SharedWork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam's update (the formulas of {@link Adam}) as one Java loop over float arrays on the heap, for float32
 * parameters on the CPU backend. HotSpot compiles the loop to SIMD instructions; libnd4j's fused {@code adam_updater}
 * runs it element by element (measured on the reference network's 235,146 parameters: about 0.1 ms here, with the
 * copies 0.2 ms, against 0.65 ms with libnd4j's AVX2 build and 1.3 ms with its generic one). The moments live here;
 * the parameters and gradients are copied in and the parameters out once per step.
 *
 * <p>Java cannot flush subnormal floats to zero, and arithmetic on them is slow on x86 (a microcode assist per
 * instruction): a moment whose gradient stays 0 (e.g. the weights of a pixel that is rarely lit) decays by beta each
 * step into the subnormal range, and so does {@code alpha m} well before. Fashion-MNIST's reference training made the
 * loop 2.5 times slower by its fourth epoch (up to 10,000 subnormal first moments), and a step profile that trains
 * on one batch over and over 4 times slower (subnormal {@code alpha m} only). So every {@value #FLUSH_INTERVAL}
 * steps the moments below {@link #flushBelow} are set to 0: 1e-30, or more for betas so small that a moment above
 * it could decay to the smallest normal float before the next flush. What flushing m changes in an update,
 * {@code alpha m / (sqrt(v) + eps)}, is below {@code alpha 1e-30 / eps} (1e-26 with Keras' defaults); flushing v
 * changes its denominator by less than 1e-15: neither changes a float32 weight.
 */
final class HeapAdam {

    /** Steps between two flushes of tiny moments; a flush costs about one step's loop, so 1/32 of a step. */
    static final int FLUSH_INTERVAL = 32;

    /** Fewer parameters than this are updated by one thread: sharing them would cost more than it saves. */
    private static final int SMALLEST_SHARE = 1 << 15;

    /** The smallest moment a flush keeps, unless the betas ask for more. */
    private static final double SMALLEST_KEPT = 1e-30;

    /** The most a flush may remove: with a beta so small that its threshold would be larger, decay is fast anyway. */
    private static final double LARGEST_FLUSH = 1e-20;

    private final float[] weights;

    private final float[] gradients;

    private final float[] m;

    private final float[] v;

    private final float beta1;

    private final float beta2;

    /** {@code 1 - beta1} rounded from double, as Keras computes it */
    private final float oneMinusBeta1;

    private final float oneMinusBeta2;

    private final float epsilon;

    /**
     * Moments smaller than this in magnitude are set to 0 at a flush. Times alpha, a moment that was larger at the
     * last flush is still a normal float for learning rates above about 1e-6.
     */
    private final float flushBelow;

    private int stepsSinceFlush;

    /**
     * @param size the number of parameters
     * @param beta1 the decay of the first moment
     * @param beta2 the decay of the second moment
     * @param epsilon added to the root of v
     */
    HeapAdam(final int size, final double beta1, final double beta2, final double epsilon) {
        this.beta1 = (float)beta1;
        this.beta2 = (float)beta2;
        oneMinusBeta1 = (float)(1 - beta1);
        oneMinusBeta2 = (float)(1 - beta2);
        this.epsilon = (float)epsilon;
        flushBelow = (float)Math.min(LARGEST_FLUSH, Math.max(SMALLEST_KEPT,
            Float.MIN_NORMAL / Math.pow(Math.min(beta1, beta2), FLUSH_INTERVAL)));
        weights = new float[size];
        gradients = new float[size];
        m = new float[size];
        v = new float[size];
    }

    /**
     * {@code m += (g - m)(1 - beta1)}, {@code v += (g² - v)(1 - beta2)}, {@code w -= alpha m / (sqrt(v) + eps)}; the
     * parameters are shared out in ranges over the {@link SharedWork} threads (each value's update is the same
     * whichever thread computes it).
     */
    void step(final INDArray w, final INDArray g, final double alpha) {
        if (++stepsSinceFlush == FLUSH_INTERVAL) {
            flush(m);
            flush(v);
            stepsSinceFlush = 0;
        }
        final float a = (float)alpha;
        final int size = weights.length;
        final int parts = size < SMALLEST_SHARE ? 1 : SharedWork.threads();
        final int partLength = (size + parts - 1) / parts;
        SharedWork.run(parts, part -> {
            final int from = part * partLength;
            final int count = Math.max(0, Math.min(partLength, size - from));
            HostCopy.read(w, from, count, weights);
            HostCopy.read(g, from, count, gradients);
            update(from, from + count, a);
            HostCopy.write(weights, from, count, w);
        });
    }

    private void update(final int from, final int to, final float alpha) {
        for (int i = from; i < to; i++) {
            final float gi = gradients[i];
            final float mi = beta1 * m[i] + oneMinusBeta1 * gi;
            final float vi = beta2 * v[i] + oneMinusBeta2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            weights[i] -= alpha * mi / ((float)Math.sqrt(vi) + epsilon);
        }
    }

    /** Sets the entries smaller in magnitude than {@link #flushBelow} to 0. */
    private void flush(final float[] moments) {
        for (int i = 0; i < moments.length; i++) {
            if (Math.abs(moments[i]) < flushBelow) {
                moments[i] = 0;
            }
        }
    }

    /** Copies the moments into the optimizer's state arrays, for saving. */
    void saveMoments(final INDArray mState, final INDArray vState) {
        HostCopy.write(m, mState);
        HostCopy.write(v, vState);
    }

    /** Takes the moments from the optimizer's state arrays, when resuming. */
    void loadMoments(final INDArray mState, final INDArray vState) {
        HostCopy.read(mState, m);
        HostCopy.read(vState, v);
    }
}
