package org.dlnodes.engine.spec;

/** The optimizers, with Keras' update rules. */
public enum OptimizerType {
    SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADADELTA, ADAM, ADAMAX, NADAM, AMSGRAD
}
