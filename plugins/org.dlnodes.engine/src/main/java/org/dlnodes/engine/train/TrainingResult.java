package org.dlnodes.engine.train;

import org.dlnodes.engine.optimizer.Optimizer;

/**
 * The outcome of {@link Trainer#fit}; the network itself was trained in place.
 *
 * @param history the epochs' logs and why training ended
 * @param optimizer the optimizer with its state, to save with the model or to continue training
 */
public record TrainingResult(History history, Optimizer optimizer) {
}
