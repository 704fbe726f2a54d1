package org.dlnodes.engine.data;

/**
 * Training and validation rows split from one source.
 *
 * @param training the rows to train on
 * @param validation the rows held out to validate on
 */
public record Split(DataSource training, DataSource validation) {
}
