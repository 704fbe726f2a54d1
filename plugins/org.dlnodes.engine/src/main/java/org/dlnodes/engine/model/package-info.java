/**
 * The trained model (spec, learnt arrays, optimizer state, data mapping) and its documented zip format
 * (MODEL_FORMAT.md in the bundle); reading rejects foreign, truncated and corrupt files with clear messages.
 */
package org.dlnodes.engine.model;
