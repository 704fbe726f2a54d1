package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Keras' AdaGrad: {@code acc += g²}, {@code w -= lr g / (sqrt(acc) + eps)}, acc starting at the initial value. */
final class Adagrad extends Optimizer {

    private final INDArray accumulator;

    Adagrad(final OptimizerSpec spec, final long size, final DataType type) {
        super(spec, size, type);
        accumulator = stateVector("accumulator", spec.initialAccumulator());
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        accumulator.addi(work.assign(g).muli(g));
        Transforms.sqrt(work.assign(accumulator), false).addi(spec().epsilon());
        w.subi(work.rdivi(g).muli(learningRate));
    }

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final float rate = (float)learningRate;
        final float eps = (float)spec().epsilon();
        return (w, g, state, from, to) -> {
            final float[] acc = state[0];
            for (int i = from; i < to; i++) {
                acc[i] += g[i] * g[i];
                w[i] -= g[i] / ((float)Math.sqrt(acc[i]) + eps) * rate;
            }
        };
    }
}
