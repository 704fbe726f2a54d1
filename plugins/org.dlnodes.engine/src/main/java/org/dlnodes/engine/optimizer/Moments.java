package org.dlnodes.engine.optimizer;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The exponential moving averages of the gradient and its square that the Adam family shares. */
final class Moments {

    private Moments() {
    }

    /** {@code m += (g - m)(1 - beta1)}, {@code v += (g² - v)(1 - beta2)}, using {@code work}. */
    static void update(final INDArray m, final INDArray v, final INDArray g, final double beta1, final double beta2,
        final INDArray work) {
        m.addi(work.assign(g).subi(m).muli(1 - beta1));
        v.addi(work.assign(g).muli(g).subi(v).muli(1 - beta2));
    }
}
