package org.dlnodes.engine.spec;

/**
 * Inverted dropout: in training each input is zeroed with probability {@code rate} and the others are scaled by
 * {@code 1 / (1 - rate)}, so that inference is the identity.
 *
 * @param rate the probability of dropping an input, in [0, 1)
 */
public record DropoutSpec(double rate) implements LayerSpec {

    @Override
    public String kind() {
        return "Dropout";
    }

    @Override
    public String description() {
        return "Dropout(" + rate + ")";
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
