package org.dlnodes.engine.optimizer;

import java.util.Map;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.tensor.HostCopy;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' Adam: {@code m += (g - m)(1 - beta1)}, {@code v += (g² - v)(1 - beta2)},
 * {@code alpha = lr sqrt(1 - beta2^t) / (1 - beta1^t)}, {@code w -= alpha m / (sqrt(v) + eps)}; AMSGrad divides by
 * the running maximum of v instead. Float32 parameters on the CPU are updated by {@link HeapAdam}'s Java loop, all
 * others by libnd4j's fused updater (which also runs on the GPU).
 */
final class Adam extends Optimizer {

    private final INDArray m;

    private final INDArray v;

    private final INDArray vMax;

    /** The Java loop, for float32 Adam (not AMSGrad) on the CPU; null otherwise. */
    private final HeapAdam heap;

    Adam(final OptimizerSpec spec, final long size, final DataType type, final boolean amsgrad) {
        super(spec, size, type);
        m = stateVector("m", 0);
        v = stateVector("v", 0);
        vMax = amsgrad ? stateVector("v_max", 0) : null;
        heap = !amsgrad && HostCopy.available(type)
            ? new HeapAdam(Math.toIntExact(size), spec.beta1(), spec.beta2(), spec.epsilon()) : null;
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        if (heap != null) {
            heap.step(w, g, alpha(learningRate, t));
            return;
        }
        final double beta1 = spec().beta1();
        final double beta2 = spec().beta2();
        if (vMax == null) {
            // libnd4j's fused Adam: these formulas in one pass over the vectors (its iteration counts from 0).
            Nd4j.exec(new AdamUpdater(g, v, m, work, v, m, learningRate, beta1, beta2, spec().epsilon(),
                Math.toIntExact(t - 1)));
            w.subi(work);
            return;
        }
        Moments.update(m, v, g, beta1, beta2, work);
        Transforms.max(vMax, v, false);
        Transforms.sqrt(work.assign(vMax), false).addi(spec().epsilon());
        w.subi(work.rdivi(m).muli(alpha(learningRate, t)));
    }

    /** @return the step size with both bias corrections folded in */
    private double alpha(final double learningRate, final long t) {
        return learningRate * Math.sqrt(1 - Math.pow(spec().beta2(), t)) / (1 - Math.pow(spec().beta1(), t));
    }

    @Override
    public Map<String, INDArray> state() {
        if (heap != null) {
            heap.saveMoments(m, v);
        }
        return super.state();
    }

    @Override
    public void restore(final Map<String, INDArray> saved, final long steps) {
        super.restore(saved, steps);
        if (heap != null) {
            heap.loadMoments(m, v);
        }
    }
}
