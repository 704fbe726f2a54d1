/**
 * Losses with Keras definitions, per batch the mean of the example losses, optionally weighted per class. They see
 * the output pre-activation, so cross-entropies use the numerically stable forms fused with softmax and sigmoid.
 */
package org.dlnodes.engine.loss;
