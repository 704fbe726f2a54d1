package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The piecewise-linear sigmoid {@code f(z) = clip(0.2 z + 0.5, 0, 1)} (tf.keras 2 and DL4J; Keras 3 uses the slope
 * 1/6); {@code f'(z) = 0.2 for |z| < 2.5, else 0}. Composed here rather than libnd4j's op, whose slope is the float
 * 0.2f also in double precision.
 */
final class HardSigmoid implements Activation {

    private static final double SLOPE = 0.2;

    private static final double HALF_WIDTH = 0.5 / SLOPE;

    @Override
    public void forward(final INDArray z, final INDArray a) {
        a.assign(z).muli(SLOPE).addi(0.5);
        Transforms.max(a, 0.0, false);
        Transforms.min(a, 1.0, false);
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new Abs(z, out));
        Nd4j.exec(new Step(out, out, HALF_WIDTH));
        out.rsubi(1).muli(SLOPE).muli(delta);
    }
}
