package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' AdaDelta: {@code G = rho G + (1 - rho) g²},
 * {@code delta = -sqrt(D + eps) / sqrt(G + eps) g}, {@code D = rho D + (1 - rho) delta²}, {@code w += lr delta}.
 */
final class AdaDelta extends Optimizer {

    private final INDArray squaredGradients;

    private final INDArray squaredDeltas;

    AdaDelta(final OptimizerSpec spec, final long size, final DataType type) {
        super(spec, size, type);
        squaredGradients = stateVector("accumulated_gradient", 0);
        squaredDeltas = stateVector("accumulated_delta", 0);
    }

    @Override
    protected void update(final INDArray w, final INDArray g, final double learningRate, final long t,
        final INDArray work) {
        final double rho = spec().rho();
        final double eps = spec().epsilon();
        squaredGradients.muli(rho).addi(work.assign(g).muli(g).muli(1 - rho));
        final INDArray delta = Transforms.sqrt(work.assign(squaredGradients).addi(eps), false)
            .rdivi(Transforms.sqrt(squaredDeltas.add(eps), false)).muli(g).negi();
        squaredDeltas.muli(rho).addi(delta.mul(delta).muli(1 - rho));
        w.addi(delta.muli(learningRate));
    }

    @Override
    protected HostUpdate.Rule hostRule(final double learningRate, final long t) {
        final float rate = (float)learningRate;
        final float rho = (float)spec().rho();
        final float oneMinusRho = (float)(1 - spec().rho());
        final float eps = (float)spec().epsilon();
        return (w, g, state, from, to) -> {
            final float[] squaredGradient = state[0];
            final float[] squaredDelta = state[1];
            for (int i = from; i < to; i++) {
                final float gi = g[i];
                squaredGradient[i] = squaredGradient[i] * rho + gi * gi * oneMinusRho;
                final float delta = -((float)Math.sqrt(squaredDelta[i] + eps)
                    / (float)Math.sqrt(squaredGradient[i] + eps) * gi);
                squaredDelta[i] = squaredDelta[i] * rho + delta * delta * oneMinusRho;
                w[i] += delta * rate;
            }
        };
    }
}
