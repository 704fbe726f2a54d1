package org.dlnodes.engine.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One pass over the rows of a {@link DataSource}, handing them out batch by batch into arrays the caller owns. */
public interface BatchReader extends AutoCloseable {

    /**
     * Copies the next rows of the pass into the batch arrays, as many as they have rows.
     *
     * @param features receives the features, [rows, featureCount], float32
     * @param targets receives the targets, [rows, targetCount], float32; null to skip them
     * @throws IllegalStateException when fewer rows than asked for are left
     */
    void read(INDArray features, INDArray targets);

    /** Ends the pass, releasing what it holds (e.g. a table iterator). */
    @Override
    void close();
}
