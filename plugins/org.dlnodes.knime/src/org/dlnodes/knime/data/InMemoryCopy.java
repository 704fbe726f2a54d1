package org.dlnodes.knime.data;

import org.dlnodes.engine.data.BatchReader;
import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Reads a streaming source into native memory in one pass, so that training can shuffle and split it. */
public final class InMemoryCopy {

    /** Rows converted at a time: few enough that the Java-side buffers stay small. */
    private static final int CHUNK = 4096;

    private InMemoryCopy() {
    }

    /**
     * @param source the rows, e.g. a table
     * @param bytesBudget the most memory the copy may take
     * @return whether the source's features and targets fit the budget as float32
     */
    public static boolean fits(final DataSource source, final long bytesBudget) {
        return (long)source.rowCount() * (source.featureCount() + source.targetCount()) * Float.BYTES <= bytesBudget;
    }

    /** @return the rows of the source, held in memory */
    public static InMemoryDataSource of(final DataSource source) {
        final INDArray features = Nd4j.create(DataType.FLOAT, source.rowCount(), source.featureCount());
        final INDArray targets = source.targetCount() == 0 ? null
            : Nd4j.create(DataType.FLOAT, source.rowCount(), source.targetCount());
        try (BatchReader reader = source.open(null)) {
            for (int first = 0; first < source.rowCount(); first += CHUNK) {
                final int end = Math.min(source.rowCount(), first + CHUNK);
                reader.read(features.get(NDArrayIndex.interval(first, end), NDArrayIndex.all()),
                    targets == null ? null : targets.get(NDArrayIndex.interval(first, end), NDArrayIndex.all()));
            }
        }
        return InMemoryDataSource.of(features, targets);
    }
}
