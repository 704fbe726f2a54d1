package org.dlnodes.engine.data;

import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Rows of a source held in native memory: a float32 features matrix and its targets matrix (null for a source
 * without targets), row for row. The streaming wrappers read rows into them and gather rows out of them with native
 * ops, so that they run on any backend and move no row data through Java.
 *
 * @param features [rows, featureCount]
 * @param targets [rows, targetCount], or null
 */
record RowArrays(INDArray features, INDArray targets) {

    /**
     * The most bytes a streaming wrapper reads from its stream at a time: enough rows per read that the per-read
     * cost of a table iterator does not matter, few enough that the staging arrays stay small.
     */
    static final long CHUNK_BYTES = 2L << 20;

    /** @return uninitialized arrays for {@code rows} rows of the source */
    static RowArrays of(final DataSource source, final int rows) {
        return new RowArrays(Nd4j.createUninitialized(DataType.FLOAT, rows, source.featureCount()),
            source.targetCount() == 0 ? null
                : Nd4j.createUninitialized(DataType.FLOAT, rows, source.targetCount()));
    }

    /** @return how many rows of the source fit in {@code bytes} as float32: at least 1, at most all of them */
    static int rowsWithin(final DataSource source, final long bytes) {
        final long rowBytes = (long)(source.featureCount() + source.targetCount()) * Float.BYTES;
        return (int)Math.max(1, Math.min(source.rowCount(), bytes / rowBytes));
    }

    /** @return the rows {@code [from, to)}, as views unless they are all rows */
    RowArrays rows(final int from, final int to) {
        return new RowArrays(rows(features, from, to), targets == null ? null : rows(targets, from, to));
    }

    /** @return the rows {@code [from, to)} of a matrix or the entries of a vector; the array itself when all */
    static INDArray rows(final INDArray array, final int from, final int to) {
        if (from == 0 && to == array.size(0)) {
            return array;
        }
        return array.rank() == 1 ? array.get(NDArrayIndex.interval(from, to))
            : array.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }

    /** Fills all rows with the next rows of a pass. */
    void readFrom(final BatchReader reader) {
        reader.read(features, targets);
    }

    /**
     * @return a native gather of rows for {@link #gatherInto}; each pass keeps its own, as it is not thread-safe (its
     *         context is built once: a batch's gather then costs about 25 % less than through {@code Nd4j.exec})
     */
    static ReusedOp gather() {
        return new ReusedOp("gather", 2).integers(0);
    }

    /**
     * Copies the rows at {@code indices} into the given arrays.
     *
     * @param gather a gather of {@link #gather()}
     * @param targetsOut receives the targets; null to skip them
     */
    void gatherInto(final ReusedOp gather, final INDArray indices, final INDArray featuresOut,
        final INDArray targetsOut) {
        gather.run(features, indices, featuresOut);
        if (targetsOut != null) {
            gather.run(targets, indices, targetsOut);
        }
    }

    /** Overwrites the rows at {@code indices} with the rows of {@code updates}, in place. */
    void scatter(final INDArray indices, final RowArrays updates) {
        scatter(features, indices, updates.features());
        if (targets != null) {
            scatter(targets, indices, updates.targets());
        }
    }

    private static void scatter(final INDArray ref, final INDArray indices, final INDArray updates) {
        // libnd4j's scatter_upd (ND4J's ScatterUpdate class runs the older scatter_update, which wants the indices as
        // integer arguments)
        Nd4j.exec(DynamicCustomOp.builder("scatter_upd").addInputs(ref, indices, updates).addOutputs(ref).build());
    }

    /** Frees the native memory now rather than when the garbage collector finds the arrays. */
    void close() {
        features.close();
        if (targets != null) {
            targets.close();
        }
    }
}
