/**
 * Optimizers with Keras update rules and defaults, gradient clipping and learning-rate schedules, all updating the
 * flat parameter vector in place.
 */
package org.dlnodes.engine.optimizer;
