package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras' SGD: without momentum {@code w -= lr g}; with momentum {@code v = momentum v - lr g} then {@code w += v};
 * Nesterov {@code w += momentum v - lr g} with the new v.
 */
final class Sgd extends Optimizer {

    private final boolean nesterov;

    private final INDArray velocity;

    Sgd(final OptimizerSpec spec, final long size, final DataType type, final boolean nesterov) {
        super(spec, size, type);
        this.nesterov = nesterov;
        velocity = spec.momentum() > 0 ? stateVector("velocity", 0) : null;
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        final INDArray step = work.assign(g).muli(-learningRate);
        if (velocity == null) {
            w.addi(step);
            return;
        }
        velocity.muli(spec().momentum()).addi(step);
        if (nesterov) {
            w.addi(step).addi(work.assign(velocity).muli(spec().momentum()));
        } else {
            w.addi(velocity);
        }
    }

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final float minusRate = (float)-learningRate;
        final float momentum = (float)spec().momentum();
        if (velocity == null) {
            return (w, g, state, from, to) -> {
                for (int i = from; i < to; i++) {
                    w[i] += g[i] * minusRate;
                }
            };
        }
        return (w, g, state, from, to) -> {
            final float[] v = state[0];
            for (int i = from; i < to; i++) {
                final float step = g[i] * minusRate;
                v[i] = v[i] * momentum + step;
                w[i] = nesterov ? w[i] + step + v[i] * momentum : w[i] + v[i];
            }
        };
    }
}
