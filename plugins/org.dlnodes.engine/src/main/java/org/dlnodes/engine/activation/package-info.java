/**
 * Activation functions, each with its forward pass and exact derivative side by side, written on ND4J operations
 * into caller-owned buffers so that the same code runs on the CPU and CUDA backends without per-batch allocation.
 */
package org.dlnodes.engine.activation;
