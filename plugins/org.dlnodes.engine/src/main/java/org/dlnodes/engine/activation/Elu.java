package org.dlnodes.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.EluBp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ELU;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = z for z > 0, else alpha (e^z - 1)}; {@code f'(z) = 1, else alpha e^z}. */
final class Elu implements Activation {

    private final double alpha;

    Elu(final double alpha) {
        this.alpha = alpha;
    }

    @Override
    public void forward(final INDArray z, final INDArray a) {
        Nd4j.exec(new ELU(z, a, alpha));
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        Nd4j.exec(new EluBp(z, delta, out, alpha));
    }
}
