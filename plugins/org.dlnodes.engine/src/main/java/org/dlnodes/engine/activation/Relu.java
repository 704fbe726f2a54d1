package org.dlnodes.engine.activation;

import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/** {@code f(z) = max(z, 0)}, {@code f'(z) = 1 for z > 0, else 0}. */
final class Relu implements Activation {

    private final ReusedOp relu = new ReusedOp("relu", 1).floats(0.0);

    private final ReusedOp multiply = new ReusedOp("multiply", 2);

    @Override
    public void forward(final INDArray z, final INDArray a) {
        relu.run(z, a);
    }

    @Override
    public void backward(final INDArray z, final INDArray a, final INDArray delta, final INDArray out) {
        // f'(z) then a product: libnd4j's relu_bp does both in one operation, but measured 4x slower than the two.
        Nd4j.exec(new Step(z, out, 0.0));
        multiply.run(out, delta, out);
    }
}
