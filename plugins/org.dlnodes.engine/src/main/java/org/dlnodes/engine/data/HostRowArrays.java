package org.dlnodes.engine.data;

import org.dlnodes.engine.tensor.HostRows;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row copies out of the features and targets of a {@link RowArrays} in host memory (see {@link HostRows}), which
 * the sources use on the CPU instead of libnd4j's gathers and scatters: a row a {@code memcpy}. Not thread-safe.
 */
final class HostRowArrays {

    private final HostRows features;

    private final HostRows targets;

    private HostRowArrays(final RowArrays rows) {
        features = new HostRows(rows.features());
        targets = rows.targets() == null ? null : new HostRows(rows.targets());
    }

    /** @return the copies for these rows, or null where they are not float32 in host memory */
    static HostRowArrays of(final RowArrays rows) {
        final boolean host = HostRows.available(rows.features())
            && (rows.targets() == null || HostRows.available(rows.targets()));
        return host ? new HostRowArrays(rows) : null;
    }

    /**
     * Copies the rows {@code rows[from]}, {@code rows[from + 1]}, ... into the batch arrays, as many as they have.
     *
     * @param targetsOut receives the targets; null to skip them
     */
    void copy(final int[] rows, final int from, final INDArray featuresOut, final INDArray targetsOut) {
        features.copy(rows, from, featuresOut);
        if (targetsOut != null) {
            targets.copy(rows, from, targetsOut);
        }
    }

    /** Copies row {@code from[i]} to row {@code to[i]}, for the first {@code count} entries (see {@link HostRows}). */
    void move(final int[] from, final int[] to, final int count) {
        features.move(from, to, count);
        if (targets != null) {
            targets.move(from, to, count);
        }
    }
}
