package org.dlnodes.engine.optimizer;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;

/** Makes the optimizer a spec names. */
public final class Optimizers {

    private Optimizers() {
    }

    /**
     * @param spec the hyper-parameters (validated as part of a network spec)
     * @param size the number of parameters, e.g. {@code network.parameters().length()}
     * @param type the parameters' data type
     * @return a fresh optimizer at step 0
     */
    public static Optimizer create(final OptimizerSpec spec, final long size, final DataType type) {
        return switch (spec.type()) {
            case SGD, MOMENTUM -> new Sgd(spec, size, type, false);
            case NESTEROV -> new Sgd(spec, size, type, true);
            case ADAGRAD -> new Adagrad(spec, size, type);
            case RMSPROP -> new RmsProp(spec, size, type);
            case ADADELTA -> new AdaDelta(spec, size, type);
            case ADAM -> new Adam(spec, size, type, false);
            case AMSGRAD -> new Adam(spec, size, type, true);
            case ADAMAX -> new AdaMax(spec, size, type);
            case NADAM -> new Nadam(spec, size, type);
        };
    }
}
