package org.dlnodes.engine.spec;

/**
 * One row of a network's summary table.
 *
 * @param name the layer's name, e.g. "dense_1"
 * @param description the layer's settings
 * @param outputSize the number of outputs per example
 * @param trainableParameters the number of parameters learnt by gradient descent
 * @param nonTrainableParameters the number of other learnt values (running statistics)
 */
public record LayerSummary(String name, String description, int outputSize, long trainableParameters,
    long nonTrainableParameters) {
}
