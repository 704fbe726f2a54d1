package org.dlnodes.engine.layer;

import java.util.List;
import java.util.Map;

import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.tensor.ReusableArray;
import org.dlnodes.engine.tensor.ReusedOp;
import org.dlnodes.engine.tensor.Scaling;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout: in training {@code y = x * m / (1 - rate)} with {@code m} Bernoulli(1 - rate) drawn per element;
 * at inference {@code y = x}. Backward: {@code dx = delta * m / (1 - rate)}, the same mask.
 */
public final class DropoutLayer implements Layer {

    private final double keep;

    private final Random random;

    private final ReusableArray mask = new ReusableArray();

    private final ReusableArray output = new ReusableArray();

    private final ReusableArray dx = new ReusableArray();

    private final ReusedOp multiply = new ReusedOp("multiply", 2);

    private INDArray lastMask;

    /**
     * @param spec the settings
     * @param random the seeded generator that draws the masks: the network's, or the layer's own
     */
    public DropoutLayer(final DropoutSpec spec, final Random random) {
        this.keep = 1 - spec.rate();
        this.random = random;
    }

    @Override
    public INDArray forward(final INDArray x, final boolean training) {
        if (!training || keep == 1) {
            lastMask = null;
            return x;
        }
        lastMask = mask.like(x);
        Nd4j.getExecutioner().exec(new BernoulliDistribution(lastMask, keep), random);
        Scaling.scale(lastMask, 1 / keep);
        final INDArray y = output.like(x);
        multiply.run(x, lastMask, y);
        return y;
    }

    @Override
    public INDArray backward(final INDArray delta) {
        if (lastMask == null) {
            return delta;
        }
        final INDArray inputDelta = dx.like(delta);
        multiply.run(delta, lastMask, inputDelta);
        return inputDelta;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Map<String, INDArray> state() {
        return Map.of();
    }

    @Override
    public double penalty() {
        return 0;
    }
}
