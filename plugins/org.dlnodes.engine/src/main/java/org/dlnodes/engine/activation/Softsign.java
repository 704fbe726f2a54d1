package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftSign;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = z / (1 + |z|)}, {@code f'(z) = 1 / (1 + |z|)²}. */
final class Softsign implements Activation {

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new SoftSign(z, a));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new Abs(z, out));
        out.addi(1);
        out.muli(out);
        delta.div(out, out);
    }
}
