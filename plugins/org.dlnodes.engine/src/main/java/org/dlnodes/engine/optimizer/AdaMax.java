package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' AdaMax: {@code m += (g - m)(1 - beta1)}, {@code u = max(beta2 u, |g|)},
 * {@code w -= lr m / ((1 - beta1^t)(u + eps))}.
 */
final class AdaMax extends Optimizer {

    private final INDArray m;

    private final INDArray u;

    AdaMax(final OptimizerSpec spec, final long size, final DataType type) {
        super(spec, size, type);
        m = stateVector("m", 0);
        u = stateVector("u", 0);
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        final double beta1 = spec().beta1();
        m.addi(work.assign(g).subi(m).muli(1 - beta1));
        Transforms.max(u.muli(spec().beta2()), Transforms.abs(work.assign(g), false), false);
        work.assign(u).addi(spec().epsilon()).muli(1 - Math.pow(beta1, t));
        w.subi(work.rdivi(m).muli(learningRate));
    }

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final float rate = (float)learningRate;
        final float oneMinusBeta1 = (float)(1 - spec().beta1());
        final float beta2 = (float)spec().beta2();
        final float eps = (float)spec().epsilon();
        final float correction = (float)(1 - Math.pow(spec().beta1(), t));
        return (w, g, state, from, to) -> {
            final float[] mHost = state[0];
            final float[] uHost = state[1];
            for (int i = from; i < to; i++) {
                mHost[i] += (g[i] - mHost[i]) * oneMinusBeta1;
                uHost[i] = Math.max(uHost[i] * beta2, Math.abs(g[i]));
                w[i] -= mHost[i] / ((uHost[i] + eps) * correction) * rate;
            }
        };
    }
}
