package org.dlnodes.engine.data;

import java.util.SplittableRandom;

import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A shuffled pass over a source that can only be read in its stored order, as tf.data's {@code shuffle(buffer_size)}
 * does it: the buffer holds up to {@code capacity} rows; each time a row is needed, a uniformly random one of them is
 * handed out and its place taken by the stream's next row (once the stream is used up, the buffer empties). Every
 * row comes exactly once per pass, and the order depends only on the random generator, so a training seeded the same
 * reads the same orders epoch by epoch.
 *
 * <p>The shuffle is local: a row comes out at most {@code capacity} places before its stored position (later, any
 * time, though rarely more than a few buffer lengths). Rows stored sorted, e.g. by class, therefore stay roughly
 * sorted when the table is larger than the buffer; shuffle such a table once before training.
 *
 * <p>The buffer holds as many rows as fit {@link #BUFFER_BYTES} (all rows of a smaller source, which are then
 * shuffled fully), in native memory allocated once per pass; rows are read from the stream in chunks of at most
 * {@link RowArrays#CHUNK_BYTES} and moved by row copies in host memory on the CPU, by native gathers and scatters
 * elsewhere, so a pass allocates no row data per batch.
 */
public final class ShuffleBuffer implements BatchReader {

    /** The memory the buffer may take: 32 MiB, e.g. about 10,000 rows of 784 features. */
    public static final long BUFFER_BYTES = 32L << 20;

    private final BatchReader stream;

    private final SplittableRandom random;

    private final int capacity;

    /**
     * The buffer's rows {@code [0, capacity)}, then the rows read from the stream for the current chunk of the batch
     * (the staging rows).
     */
    private final RowArrays rows;

    private final int staging;

    /**
     * The row of {@link #rows} each buffer slot holds: the slot's own row between chunks; while a chunk is handed
     * out, a staging row (a slot refilled) or a row beyond {@link #filled} (a slot that took the last slot's row).
     */
    private final int[] slots;

    /** Buffer slots in use, {@code [0, filled)}. */
    private int filled;

    /** Rows of the pass not yet read from the stream. */
    private int unread;

    private final RowIndices picked;

    private final int[] touched;

    private final RowIndices moveFrom;

    private final RowIndices moveTo;

    private final RowArrays moving;

    private final ReusedOp gather = RowArrays.gather();

    /** The row copies on the CPU, instead of native gathers and scatters; null elsewhere. */
    private final HostRowArrays hostRows;

    private ShuffleBuffer(final DataSource source, final int capacity, final SplittableRandom random) {
        this.random = random;
        this.capacity = Math.min(capacity, source.rowCount());
        staging = Math.min(this.capacity, RowArrays.rowsWithin(source, RowArrays.CHUNK_BYTES));
        rows = RowArrays.of(source, this.capacity + staging);
        hostRows = HostRowArrays.of(rows);
        slots = new int[this.capacity];
        picked = new RowIndices(staging);
        touched = new int[staging];
        moveFrom = new RowIndices(staging);
        moveTo = new RowIndices(staging);
        moving = RowArrays.of(source, staging);
        unread = source.rowCount();
        stream = source.open(null);
    }

    /** Fills the buffer from the start of the stream. */
    private void fill() {
        for (int first = 0; first < capacity; first += staging) {
            rows.rows(first, Math.min(capacity, first + staging)).readFrom(stream);
        }
        filled = capacity;
        unread -= filled;
        for (int s = 0; s < filled; s++) {
            slots[s] = s;
        }
    }

    /**
     * Starts a shuffled pass with a buffer of {@link #BUFFER_BYTES}.
     *
     * @param source the rows, read once in their stored order
     * @param random draws the order; advanced by the pass
     * @return the pass; close it when done
     */
    public static ShuffleBuffer open(final DataSource source, final SplittableRandom random) {
        return open(source, RowArrays.rowsWithin(source, BUFFER_BYTES), random);
    }

    /**
     * Starts a shuffled pass.
     *
     * @param capacity the most rows the buffer holds, at least 1; all rows shuffle fully
     * @see #open(DataSource, SplittableRandom)
     */
    public static ShuffleBuffer open(final DataSource source, final int capacity, final SplittableRandom random) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A shuffle buffer holds at least 1 row; got " + capacity + ".");
        }
        final ShuffleBuffer buffer = new ShuffleBuffer(source, capacity, random);
        try {
            buffer.fill();
        } catch (RuntimeException e) {
            buffer.close(); // e.g. the table iterator
            throw e;
        }
        return buffer;
    }

    @Override
    public void read(final INDArray features, final INDArray targets) {
        final int count = (int)features.rows();
        if (count > filled + unread) {
            throw new IllegalStateException("Asked for " + count + " rows but only " + (filled + unread)
                + " are left in this pass.");
        }
        for (int first = 0; first < count; first += staging) {
            final int end = Math.min(count, first + staging);
            handOut(RowArrays.rows(features, first, end), targets == null ? null
                : RowArrays.rows(targets, first, end));
        }
    }

    /** Hands out as many rows as {@code features} has, at most {@link #staging}. */
    private void handOut(final INDArray features, final INDArray targets) {
        final int count = (int)features.rows();
        final int refills = Math.min(count, unread);
        if (refills > 0) {
            rows.rows(capacity, capacity + refills).readFrom(stream);
            unread -= refills;
        }
        picked.clear();
        for (int i = 0; i < count; i++) {
            final int slot = random.nextInt(filled);
            picked.add(slots[slot]);
            // the slot takes the stream's next row, or, once the stream is used up, the last slot's row
            slots[slot] = i < refills ? capacity + i : slots[--filled];
            touched[i] = slot;
        }
        if (hostRows != null) {
            hostRows.copy(picked.values(), 0, features, targets);
        } else {
            rows.gatherInto(gather, picked.toNative(), features, targets);
        }
        settle(count);
    }

    /**
     * Copies the rows the touched slots took into the slots' own rows, so that the staging rows are free for the
     * next chunk. The rows copied from are staging rows or rows of slots beyond {@link #filled}, never a slot that
     * is copied to, so one gather and one scatter do it (on the CPU, a row copy each).
     */
    private void settle(final int touchedCount) {
        moveFrom.clear();
        moveTo.clear();
        for (int i = 0; i < touchedCount; i++) {
            final int slot = touched[i];
            if (slot < filled && slots[slot] != slot) {
                moveFrom.add(slots[slot]);
                moveTo.add(slot);
                slots[slot] = slot;
            }
        }
        if (moveTo.size() > 0 && hostRows != null) {
            hostRows.move(moveFrom.values(), moveTo.values(), moveTo.size());
        } else if (moveTo.size() > 0) {
            final RowArrays moved = moving.rows(0, moveTo.size());
            rows.gatherInto(gather, moveFrom.toNative(), moved.features(), moved.targets());
            rows.scatter(moveTo.toNative(), moved);
        }
    }

    @Override
    public void close() {
        stream.close();
        rows.close();
        moving.close();
        picked.close();
        moveFrom.close();
        moveTo.close();
    }
}
