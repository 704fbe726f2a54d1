/**
 * The network specification: immutable values that travel between nodes ({@link org.dlnodes.engine.spec.NetworkSpec}
 * with its layers, loss and optimizer), validated in one place ({@code SpecValidator}) before anything native runs,
 * with shape inference for a summary table and a versioned JSON form (see MODEL_FORMAT.md).
 */
package org.dlnodes.engine.spec;
