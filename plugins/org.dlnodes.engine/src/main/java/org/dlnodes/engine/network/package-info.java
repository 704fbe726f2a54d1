/**
 * A network built from a spec, and the seam the trainer calls: {@code forward(x, training)}, {@code backward(y)}
 * (returns the loss and fills the gradients), then {@code optimizer.step(parameters(), gradients())}.
 */
package org.dlnodes.engine.network;
