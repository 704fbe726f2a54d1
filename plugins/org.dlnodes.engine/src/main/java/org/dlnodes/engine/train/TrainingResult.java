package org.dlnodes.engine.train;

import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.spec.OptimizerSpec;

/**
 * The outcome of {@link Trainer#fit}; the network itself was trained in place.
 *
 * @param history the epochs' logs and why training ended
 * @param optimizer the optimizer with its state, to save with the model or to continue training
 * @param optimizerSpec the optimizer's settings at the end of training: the network's, with the learning rate
 *            that learning rate reduction left (the network's spec keeps the one training started with)
 */
public record TrainingResult(History history, Optimizer optimizer, OptimizerSpec optimizerSpec) {
}
