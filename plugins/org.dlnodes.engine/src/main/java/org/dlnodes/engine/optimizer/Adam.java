package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' Adam: {@code m += (g - m)(1 - beta1)}, {@code v += (g² - v)(1 - beta2)},
 * {@code alpha = lr sqrt(1 - beta2^t) / (1 - beta1^t)}, {@code w -= alpha m / (sqrt(v) + eps)}; AMSGrad divides by
 * the running maximum of v instead. Without AMSGrad, ND4J's path is libnd4j's fused updater (which also runs on the
 * GPU).
 */
final class Adam extends Optimizer {

    private final INDArray m;

    private final INDArray v;

    private final INDArray vMax;

    Adam(final OptimizerSpec spec, final long size, final DataType type, final boolean amsgrad) {
        super(spec, size, type);
        m = stateVector("m", 0);
        v = stateVector("v", 0);
        vMax = amsgrad ? stateVector("v_max", 0) : null;
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
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

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final float alpha = (float)alpha(learningRate, t);
        final float beta1 = (float)spec().beta1();
        final float beta2 = (float)spec().beta2();
        // 1 - beta rounded from double, as Keras computes it
        final float oneMinusBeta1 = (float)(1 - spec().beta1());
        final float oneMinusBeta2 = (float)(1 - spec().beta2());
        final float eps = (float)spec().epsilon();
        final boolean amsgrad = vMax != null;
        return (w, g, state, from, to) -> {
            final float[] mHost = state[0];
            final float[] vHost = state[1];
            final float[] vMaxHost = amsgrad ? state[2] : vHost;
            for (int i = from; i < to; i++) {
                final float gi = g[i];
                mHost[i] = beta1 * mHost[i] + oneMinusBeta1 * gi;
                vHost[i] = beta2 * vHost[i] + oneMinusBeta2 * gi * gi;
                if (amsgrad) {
                    vMaxHost[i] = Math.max(vMaxHost[i], vHost[i]);
                }
                w[i] -= alpha * mHost[i] / ((float)Math.sqrt(vMaxHost[i]) + eps);
            }
        };
    }

    /** @return the step size with both bias corrections folded in */
    private double alpha(final double learningRate, final long t) {
        return learningRate * Math.sqrt(1 - Math.pow(spec().beta2(), t)) / (1 - Math.pow(spec().beta1(), t));
    }
}
