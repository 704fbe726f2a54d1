package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = max(z, 0)}, {@code f'(z) = 1 for z > 0, else 0}. */
final class Relu implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new RectifiedLinear(z, a, 0.0));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new Step(z, out, 0.0));
        out.muli(delta);
    }
}
