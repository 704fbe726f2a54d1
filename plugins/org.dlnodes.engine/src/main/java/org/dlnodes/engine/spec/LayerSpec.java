package org.dlnodes.engine.spec;

/** One layer of a network, after the input. */
public sealed interface LayerSpec permits DenseSpec, DropoutSpec, BatchNormSpec {

    /** @return the layer's kind as the summary and the error messages call it, e.g. "Dense" */
    String kind();

    /** @return the layer's settings in a line, e.g. "Dense(16, relu, weights he_normal)" */
    String description();

    /** @return the number of outputs per example, given the number of inputs */
    int outputSize(int inputSize);

    /** @return the number of trainable parameters, given the number of inputs */
    long trainableParameters(int inputSize);

    /** @return the number of parameters that are learnt without gradients (batchnorm's running statistics) */
    long nonTrainableParameters(int inputSize);
}
