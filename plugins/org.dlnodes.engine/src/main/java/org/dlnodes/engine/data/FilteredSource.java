package org.dlnodes.engine.data;

import java.util.function.IntPredicate;

import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The rows of a source whose positions a filter keeps, read by one pass over the source in its stored order: the
 * pass reads the source in chunks of at most {@link RowArrays#CHUNK_BYTES} and gathers the kept rows of each chunk
 * into the caller's batch arrays.
 */
final class FilteredSource implements DataSource {

    private final DataSource source;

    private final IntPredicate keeps;

    private final int rowCount;

    /**
     * @param source the rows
     * @param keeps whether the row at a position of the source (from 0) belongs to this part
     * @param rowCount how many rows {@code keeps} keeps
     */
    FilteredSource(final DataSource source, final IntPredicate keeps, final int rowCount) {
        this.source = source;
        this.keeps = keeps;
        this.rowCount = rowCount;
    }

    @Override
    public int featureCount() {
        return source.featureCount();
    }

    @Override
    public int targetCount() {
        return source.targetCount();
    }

    @Override
    public int rowCount() {
        return rowCount;
    }

    @Override
    public boolean randomAccess() {
        return false;
    }

    @Override
    public BatchReader open(final int[] order) {
        if (order != null) {
            throw new IllegalArgumentException("A part of a streamed source is read in its stored order.");
        }
        return new Reader();
    }

    /** A pass over the source that hands out the kept rows. */
    private final class Reader implements BatchReader {

        private final BatchReader stream = source.open(null);

        private final RowArrays chunk = RowArrays.of(source, RowArrays.rowsWithin(source, RowArrays.CHUNK_BYTES));

        private final ReusedOp gather = RowArrays.gather();

        /** The row copies on the CPU, instead of native gathers; null elsewhere. */
        private final HostRowArrays hostRows = HostRowArrays.of(chunk);

        private final RowIndices kept = new RowIndices((int)chunk.features().rows());

        private INDArray keptNative;

        /** The next kept row of the chunk to hand out. */
        private int next;

        /** Rows of the source read so far. */
        private int streamed;

        private int handedOut;

        @Override
        public void read(final INDArray features, final INDArray targets) {
            final int count = (int)features.rows();
            if (count > rowCount - handedOut) {
                throw new IllegalStateException("Asked for " + count + " rows but only " + (rowCount - handedOut)
                    + " are left in this pass.");
            }
            for (int filled = 0; filled < count;) {
                while (next == kept.size()) {
                    readChunk();
                }
                final int end = Math.min(count, filled + kept.size() - next);
                final INDArray featuresOut = RowArrays.rows(features, filled, end);
                final INDArray targetsOut = targets == null ? null : RowArrays.rows(targets, filled, end);
                if (hostRows != null) {
                    hostRows.copy(kept.values(), next, featuresOut, targetsOut);
                } else {
                    chunk.gatherInto(gather, RowArrays.rows(keptNative, next, next + end - filled), featuresOut,
                        targetsOut);
                }
                next += end - filled;
                filled = end;
            }
            handedOut += count;
        }

        private void readChunk() {
            final int rows = Math.min((int)chunk.features().rows(), source.rowCount() - streamed);
            chunk.rows(0, rows).readFrom(stream);
            kept.clear();
            for (int i = 0; i < rows; i++) {
                if (keeps.test(streamed + i)) {
                    kept.add(i);
                }
            }
            streamed += rows;
            next = 0;
            keptNative = kept.size() == 0 || hostRows != null ? null : kept.toNative();
        }

        @Override
        public void close() {
            stream.close();
            chunk.close();
            kept.close();
        }
    }
}
