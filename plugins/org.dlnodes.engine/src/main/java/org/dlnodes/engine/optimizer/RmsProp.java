package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' RMSProp: {@code v = rho v + (1 - rho) g²}; centered also {@code m = rho m + (1 - rho) g} and the
 * denominator {@code v - m² + eps}, else {@code v + eps}; {@code increment = lr g / sqrt(denominator)}; with momentum
 * {@code p = momentum p + increment}, {@code w -= p}, else {@code w -= increment}.
 */
final class RmsProp extends Optimizer {

    private final INDArray velocity;

    private final INDArray averageGradient;

    private final INDArray momentum;

    RmsProp(final OptimizerSpec spec, final long size, final DataType type) {
        super(spec, size, type);
        velocity = stateVector("velocity", 0);
        averageGradient = spec.centered() ? stateVector("average_gradient", 0) : null;
        momentum = spec.momentum() > 0 ? stateVector("momentum", 0) : null;
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        final double rho = spec().rho();
        velocity.muli(rho).addi(work.assign(g).muli(g).muli(1 - rho));
        final INDArray denominator = work.assign(velocity);
        if (averageGradient != null) {
            averageGradient.muli(rho).addi(g.mul(1 - rho));
            denominator.subi(averageGradient.mul(averageGradient));
        }
        Transforms.sqrt(denominator.addi(spec().epsilon()), false);
        final INDArray increment = denominator.rdivi(g).muli(learningRate);
        if (momentum != null) {
            w.subi(momentum.muli(spec().momentum()).addi(increment));
        } else {
            w.subi(increment);
        }
    }

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final float rate = (float)learningRate;
        final float rho = (float)spec().rho();
        final float oneMinusRho = (float)(1 - spec().rho());
        final float eps = (float)spec().epsilon();
        final float momentumRate = (float)spec().momentum();
        final boolean centered = averageGradient != null;
        final boolean withMomentum = momentum != null;
        return (w, g, state, from, to) -> {
            final float[] v = state[0];
            final float[] average = centered ? state[1] : v;
            final float[] p = withMomentum ? state[centered ? 2 : 1] : v;
            for (int i = from; i < to; i++) {
                final float gi = g[i];
                v[i] = v[i] * rho + gi * gi * oneMinusRho;
                float denominator = v[i];
                if (centered) {
                    average[i] = average[i] * rho + gi * oneMinusRho;
                    denominator -= average[i] * average[i];
                }
                final float increment = gi / (float)Math.sqrt(denominator + eps) * rate;
                if (withMomentum) {
                    p[i] = p[i] * momentumRate + increment;
                    w[i] -= p[i];
                } else {
                    w[i] -= increment;
                }
            }
        };
    }
}
