package org.dlnodes.engine.activation;

import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exact Gaussian error linear unit (Keras' default, not the tanh approximation): {@code f(z) = z Phi(z)} with
 * the standard normal CDF {@code Phi(z) = (1 + erf(z / sqrt 2)) / 2}; {@code f'(z) = Phi(z) + z phi(z)}.
 */
final class Gelu implements Activation {

    private static final double SQRT_HALF = Math.sqrt(0.5);

    private static final double NORMAL_DENSITY_FACTOR = 1 / Math.sqrt(2 * Math.PI);

    private final ReusableArray density = new ReusableArray();

    @Override
    public void forward(final INDArray z, final INDArray a) {
        normalCdf(z, a);
        a.muli(z);
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        final INDArray zPhi = density.like(z).assign(z).muli(z).muli(-0.5);
        Nd4j.exec(new Exp(zPhi, zPhi));
        zPhi.muli(NORMAL_DENSITY_FACTOR).muli(z);
        normalCdf(z, out);
        out.addi(zPhi).muli(delta);
    }

    private static void normalCdf(final INDArray z, final INDArray out) {
        out.assign(z).muli(SQRT_HALF);
        Nd4j.exec(new Erf(out, out));
        out.addi(1).muli(0.5);
    }
}
