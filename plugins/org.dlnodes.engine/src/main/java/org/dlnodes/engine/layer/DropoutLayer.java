package org.dlnodes.engine.layer;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.tensor.HostCopy;
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
 *
 * <p>Float32 on the CPU draws the mask in Java, four elements from each 64-bit number of a generator seeded per batch
 * from the layer's generator (an element is kept when its 16 bits are below {@code (1 - rate) 2^16}), and multiplies
 * on copies: libnd4j's Bernoulli draw, scaling and product took about 100 µs for 128 x 256 values. Elsewhere libnd4j
 * draws the mask. Either way the masks follow the layer's seed.
 */
public final class DropoutLayer implements Layer {

    /** Bits of a 64-bit draw per element, and so elements per draw. */
    private static final int BITS = 16;

    private static final int PER_DRAW = Long.SIZE / BITS;

    private static final int LOW_BITS = (1 << BITS) - 1;

    private static final int SIGN = Integer.SIZE - 1;

    private final double keep;

    private final Random random;

    private final ReusableArray mask = new ReusableArray();

    private final ReusableArray output = new ReusableArray();

    private final ReusableArray dx = new ReusableArray();

    private final ReusedOp multiply = new ReusedOp("multiply", 2);

    private INDArray lastMask;

    /** The mask of the last training pass on the host, scaled by {@code 1 / (1 - rate)}; grown to the largest batch. */
    private float[] hostMask = new float[0];

    private float[] values = new float[0];

    private long[] bits = new long[0];

    private boolean lastOnHost;

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
            lastOnHost = false;
            return x;
        }
        final INDArray y = output.like(x);
        lastOnHost = HostCopy.available(x.dataType());
        if (lastOnHost) {
            lastMask = null;
            drawHostMask(Math.toIntExact(x.length()));
            multiplyOnHost(x, y);
            return y;
        }
        lastMask = mask.like(x);
        Nd4j.getExecutioner().exec(new BernoulliDistribution(lastMask, keep), random);
        Scaling.scale(lastMask, 1 / keep);
        multiply.run(x, lastMask, y);
        return y;
    }

    /** Draws the scaled mask of {@code length} elements from a generator seeded by the layer's generator. */
    private void drawHostMask(final int length) {
        final int draws = (length + PER_DRAW - 1) / PER_DRAW;
        if (hostMask.length < draws * PER_DRAW) {
            // values holds the input or delta of this many elements, rounded up to whole draws like the mask
            hostMask = new float[draws * PER_DRAW];
            values = new float[draws * PER_DRAW];
            bits = new long[draws];
        }
        final SplittableRandom generator = new SplittableRandom(random.nextLong());
        for (int j = 0; j < draws; j++) {
            bits[j] = generator.nextLong();
        }
        final int threshold = (int)Math.round(keep * (1 << BITS));
        final float kept = (float)(1 / keep);
        // Four 16-bit numbers of each draw; kept when below the threshold: the sign of the difference, no branch.
        for (int j = 0; j < draws; j++) {
            final int low = (int)bits[j];
            final int high = (int)(bits[j] >>> Integer.SIZE);
            hostMask[PER_DRAW * j] = ((low & LOW_BITS) - threshold >>> SIGN) * kept;
            hostMask[PER_DRAW * j + 1] = ((low >>> BITS) - threshold >>> SIGN) * kept;
            hostMask[PER_DRAW * j + 2] = ((high & LOW_BITS) - threshold >>> SIGN) * kept;
            hostMask[PER_DRAW * j + 3] = ((high >>> BITS) - threshold >>> SIGN) * kept;
        }
    }

    /** {@code out = in * mask}, element by element on host copies. */
    private void multiplyOnHost(final INDArray in, final INDArray out) {
        final int length = Math.toIntExact(in.length());
        HostCopy.read(in, values);
        for (int i = 0; i < length; i++) {
            values[i] *= hostMask[i];
        }
        HostCopy.write(values, out);
    }

    @Override
    public INDArray backward(final INDArray delta) {
        if (lastMask == null && !lastOnHost) {
            return delta;
        }
        final INDArray inputDelta = dx.like(delta);
        if (lastOnHost) {
            multiplyOnHost(delta, inputDelta);
        } else {
            multiply.run(delta, lastMask, inputDelta);
        }
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
