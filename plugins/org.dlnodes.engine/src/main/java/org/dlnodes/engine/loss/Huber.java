package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Per element {@code e = a - y}: {@code e²/2} for {@code |e| <= delta}, else {@code delta (|e| - delta/2)}; that is
 * {@code q²/2 + delta (|e| - |q|)} with {@code q = clip(e, -delta, delta)}, whose derivative is {@code q}. Averaged
 * over the outputs.
 */
final class Huber extends ActivatedLoss {

    private final double delta;

    Huber(final Activation activation, final double delta) {
        super(null, activation);
        this.delta = delta;
    }

    @Override
    protected INDArray perExample(final INDArray z, final INDArray a, final INDArray y) {
        final INDArray clipped = clippedError(a, y, a.ulike());
        final INDArray linearPart = Transforms.abs(a.sub(y), false).subi(Transforms.abs(clipped, true)).muli(delta);
        return clipped.muli(clipped).muli(0.5).addi(linearPart).mean(true, 1);
    }

    @Override
    protected void outputGradient(final INDArray a, final INDArray y, final INDArray out) {
        clippedError(a, y, out).divi(a.columns());
    }

    private INDArray clippedError(final INDArray a, final INDArray y, final INDArray out) {
        out.assign(a).subi(y);
        Transforms.max(out, -delta, false);
        return Transforms.min(out, delta, false);
    }
}
