package org.dlnodes.engine.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.SharedWork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An optimizer's update as Java loops over float arrays on the heap, for float32 parameters on the CPU: HotSpot
 * compiles the loops to SIMD instructions, where libnd4j runs one operation after another over the whole vector
 * (measured on the reference network's 235,146 parameters with two work threads: Adam 0.2 ms here against 0.65 ms
 * for libnd4j's fused updater with its AVX2 build and 1.3 ms with its generic one; RMSProp's six operations took
 * 1.6 ms, Nadam's 2.4, AdaDelta's 3.8). The state (moments, accumulators) lives here; the parameters and gradients
 * are copied in and the parameters out once per step, in ranges shared over the {@link SharedWork} threads (each
 * value's update is the same whichever thread computes it).
 *
 * <p>Java cannot flush subnormal floats to zero, and arithmetic on them is slow on x86 (a microcode assist per
 * instruction): a moment whose gradient stays 0 (e.g. the weights of a pixel that is rarely lit) decays each step
 * into the subnormal range, and so does {@code alpha m} well before. Fashion-MNIST's reference training made Adam's
 * loop 2.5 times slower by its fourth epoch (up to 10,000 subnormal first moments), and a step profile that trains
 * on one batch over and over 4 times slower (subnormal {@code alpha m} only). So every {@value #FLUSH_INTERVAL}
 * steps the state values below {@link #flushBelow} are set to 0: 1e-30, or more for decay rates so small that a
 * value above it could decay to the smallest normal float before the next flush. What that changes in an update is
 * below {@code learning rate 1e-30 / eps} (1e-26 with Keras' defaults) and does not change a float32 weight.
 */
final class HostUpdate {

    /** Steps between two flushes of tiny state values; a flush costs about one step's loop, so 1/32 of a step. */
    static final int FLUSH_INTERVAL = 32;

    /** Fewer parameters than this are updated by one thread: sharing them would cost more than it saves. */
    private static final int SMALLEST_SHARE = 1 << 15;

    /** The smallest state value a flush keeps, unless the decay rates ask for more. */
    private static final double SMALLEST_KEPT = 1e-30;

    /** The most a flush may remove: with a decay so fast that its threshold would be larger, decay ends soon. */
    private static final double LARGEST_FLUSH = 1e-20;

    /** The update of the parameters {@code [from, to)}, given their gradients and the state arrays. */
    @FunctionalInterface
    interface Rule {

        /**
         * @param w the parameters, updated in place
         * @param g their gradients
         * @param state the state arrays in the order the optimizer declared them, updated in place
         */
        void apply(float[] w, float[] g, float[][] state, int from, int to);
    }

    private final float[] weights;

    private final float[] gradients;

    private final List<float[]> states = new ArrayList<>();

    private final List<String> names = new ArrayList<>();

    /**
     * State values smaller than this in magnitude are set to 0 at a flush. Times a learning rate above about 1e-6, a
     * value that was larger at the last flush is still a normal float.
     */
    private final float flushBelow;

    private int stepsSinceFlush;

    /**
     * @param size the number of parameters
     * @param spec the optimizer, whose fastest decay rate sets the flush threshold
     */
    HostUpdate(final int size, final OptimizerSpec spec) {
        weights = new float[size];
        gradients = new float[size];
        double decay = Math.min(Math.min(spec.beta1(), spec.beta2()), spec.rho());
        if (spec.momentum() > 0) {
            decay = Math.min(decay, spec.momentum());
        }
        flushBelow = (float)Math.min(LARGEST_FLUSH,
            Math.max(SMALLEST_KEPT, Float.MIN_NORMAL / Math.pow(decay, FLUSH_INTERVAL)));
    }

    /** Adds a state array, every value starting at {@code initialValue}, in the order the rule receives them. */
    void addState(final String name, final double initialValue) {
        final float[] state = new float[weights.length];
        Arrays.fill(state, (float)initialValue);
        states.add(state);
        names.add(name);
    }

    /** Updates {@code w} in place from {@code g} by the rule. */
    void step(final INDArray w, final INDArray g, final Rule rule) {
        if (++stepsSinceFlush == FLUSH_INTERVAL) {
            states.forEach(this::flush);
            stepsSinceFlush = 0;
        }
        final float[][] state = states.toArray(float[][]::new);
        final int size = weights.length;
        final int parts = size < SMALLEST_SHARE ? 1 : SharedWork.threads();
        final int partLength = (size + parts - 1) / parts;
        SharedWork.run(parts, part -> {
            final int from = part * partLength;
            final int count = Math.max(0, Math.min(partLength, size - from));
            HostCopy.read(w, from, count, weights);
            HostCopy.read(g, from, count, gradients);
            rule.apply(weights, gradients, state, from, from + count);
            HostCopy.write(weights, from, count, w);
        });
    }

    /** Sets the values smaller in magnitude than {@link #flushBelow} to 0. */
    private void flush(final float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) < flushBelow) {
                values[i] = 0;
            }
        }
    }

    /** Copies the state into the optimizer's state arrays of the same names, for saving. */
    void saveTo(final Map<String, INDArray> saved) {
        for (int i = 0; i < names.size(); i++) {
            HostCopy.write(states.get(i), saved.get(names.get(i)));
        }
    }

    /** Takes the state from the optimizer's state arrays of the same names, when resuming. */
    void loadFrom(final Map<String, INDArray> saved) {
        for (int i = 0; i < names.size(); i++) {
            HostCopy.read(saved.get(names.get(i)), states.get(i));
        }
    }
}
