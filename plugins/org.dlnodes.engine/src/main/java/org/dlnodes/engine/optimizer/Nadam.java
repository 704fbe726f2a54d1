package org.dlnodes.engine.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' Nadam, Adam with Nesterov momentum and the momentum schedule
 * {@code u_t = beta1 (1 - 0.5 * 0.96^(0.004 t))}: with {@code P_t = u_1 ... u_t},
 * {@code mhat = u_{t+1} m / (1 - P_{t+1}) + (1 - u_t) g / (1 - P_t)}, {@code vhat = v / (1 - beta2^t)},
 * {@code w -= lr mhat / (sqrt(vhat) + eps)}.
 */
final class Nadam extends Optimizer {

    private static final String MOMENTUM_PRODUCT = "momentum_product";

    private final INDArray m;

    private final INDArray v;

    private double momentumProduct = 1;

    Nadam(final OptimizerSpec spec, final long size, final DataType type) {
        super(spec, size, type);
        m = stateVector("m", 0);
        v = stateVector("v", 0);
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        final double beta1 = spec().beta1();
        final double beta2 = spec().beta2();
        final double uT = momentumAt(t);
        final double uNext = momentumAt(t + 1);
        momentumProduct *= uT;
        final double productNext = momentumProduct * uNext;
        Moments.update(m, v, g, beta1, beta2, work);
        final INDArray denominator = Transforms.sqrt(work.assign(v).divi(1 - Math.pow(beta2, t)), false)
            .addi(spec().epsilon());
        final INDArray mHat = m.mul(uNext / (1 - productNext)).addi(g.mul((1 - uT) / (1 - momentumProduct)));
        w.subi(mHat.divi(denominator).muli(learningRate));
    }

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final double uT = momentumAt(t);
        final double uNext = momentumAt(t + 1);
        momentumProduct *= uT;
        final float rate = (float)learningRate;
        final float oneMinusBeta1 = (float)(1 - spec().beta1());
        final float oneMinusBeta2 = (float)(1 - spec().beta2());
        final float vCorrection = (float)(1 - Math.pow(spec().beta2(), t));
        final float eps = (float)spec().epsilon();
        final float mFactor = (float)(uNext / (1 - momentumProduct * uNext));
        final float gFactor = (float)((1 - uT) / (1 - momentumProduct));
        return (w, g, state, from, to) -> {
            final float[] mHost = state[0];
            final float[] vHost = state[1];
            for (int i = from; i < to; i++) {
                final float gi = g[i];
                mHost[i] += (gi - mHost[i]) * oneMinusBeta1;
                vHost[i] += (gi * gi - vHost[i]) * oneMinusBeta2;
                final float mHat = mHost[i] * mFactor + gi * gFactor;
                w[i] -= mHat / ((float)Math.sqrt(vHost[i] / vCorrection) + eps) * rate;
            }
        };
    }

    /** @return the momentum of step t, {@code beta1 (1 - 0.5 * 0.96^(0.004 t))} */
    private double momentumAt(final long t) {
        return spec().beta1() * (1 - 0.5 * Math.pow(0.96, 0.004 * t));
    }

    @Override
    public Map<String, INDArray> state() {
        final Map<String, INDArray> all = new LinkedHashMap<>(super.state());
        all.put(MOMENTUM_PRODUCT, Nd4j.scalar(momentumProduct).reshape(1));
        return all;
    }

    @Override
    public void restore(final Map<String, INDArray> saved, final long steps) {
        final INDArray product = saved.get(MOMENTUM_PRODUCT);
        if (product == null) {
            throw new IllegalArgumentException("The saved Nadam state lacks its momentum product.");
        }
        final Map<String, INDArray> moments = new LinkedHashMap<>(saved);
        moments.remove(MOMENTUM_PRODUCT);
        super.restore(moments, steps);
        momentumProduct = product.getDouble(0);
    }
}
