/** Small helpers on ND4J arrays shared by layers, activations and losses. */
package org.dlnodes.engine.tensor;
