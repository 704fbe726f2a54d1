package org.dlnodes.engine.spec;

/**
 * Inverted dropout: in training each input is zeroed with probability {@code rate} and the others are scaled by
 * {@code 1 / (1 - rate)}, so that inference is the identity.
 *
 * @param rate the probability of dropping an input, in [0, 1)
 * @param seed the seed of this layer's own mask generator, or null to draw masks from the network's seeded generator;
 *            with a seed of its own the layer's masks stay the same when the network's seed or other layers change
 */
public record DropoutSpec(double rate, Long seed) implements LayerSpec {

    /** @param rate the probability of dropping an input, in [0, 1); masks come from the network's generator */
    public DropoutSpec(final double rate) {
        this(rate, null);
    }

    @Override
    public String kind() {
        return "Dropout";
    }

    @Override
    public String description() {
        return "Dropout(" + rate + (seed == null ? "" : ", seed " + seed) + ")";
    }

    @Override
    public int outputSize(final int inputSize) {
        return inputSize;
    }

    @Override
    public long trainableParameters(final int inputSize) {
        return 0;
    }

    @Override
    public long nonTrainableParameters(final int inputSize) {
        return 0;
    }
}
