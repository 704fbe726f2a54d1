/**
 * Layers with forward and backward passes. Trainable parameters are views into one flat parameter vector (and their
 * gradients into one flat gradient vector), so that an optimizer updates the whole network in one operation.
 */
package org.dlnodes.engine.layer;
