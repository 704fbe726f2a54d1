package org.dlnodes.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Rows held in two float32 matrices (features and targets), possibly only some of their rows: a split shares the
 * matrices with the source it came from instead of copying them. A pass copies its rows into the caller's batch
 * arrays (row by row in host memory on the CPU, with one native gather per matrix and batch on other backends), so
 * it allocates no batch data.
 */
public final class InMemoryDataSource implements DataSource {

    private final INDArray features;

    private final INDArray targets;

    /** The rows of the matrices this source consists of, in order. */
    private final int[] rows;

    private InMemoryDataSource(final INDArray features, final INDArray targets, final int[] rows) {
        this.features = features;
        this.targets = targets;
        this.rows = rows;
    }

    /**
     * @param features one row per example, [rows, features]; copied to float32 if it is another type
     * @param targets one row per example, [rows, targets], or null for data to predict on
     * @return all rows of the matrices
     */
    public static InMemoryDataSource of(final INDArray features, final INDArray targets) {
        if (features == null || features.rank() != 2 || features.rows() == 0) {
            throw new IllegalArgumentException("The features must be a matrix with at least one row.");
        }
        if (targets != null && (targets.rank() != 2 || targets.rows() != features.rows())) {
            throw new IllegalArgumentException("The targets must be a matrix with a row per feature row ("
                + features.rows() + "); got shape " + Arrays.toString(targets.shape()) + ".");
        }
        final int[] all = new int[Math.toIntExact(features.rows())];
        Arrays.setAll(all, i -> i);
        return new InMemoryDataSource(float32(features), targets == null ? null : float32(targets), all);
    }

    /** @return a source of Java arrays, {@code targets} null for data to predict on */
    public static InMemoryDataSource of(final float[][] features, final float[][] targets) {
        return of(Nd4j.createFromArray(features), targets == null ? null : Nd4j.createFromArray(targets));
    }

    private static INDArray float32(final INDArray matrix) {
        return matrix.dataType() == DataType.FLOAT && matrix.ordering() == 'c' ? matrix
            : matrix.castTo(DataType.FLOAT).dup('c');
    }

    @Override
    public int featureCount() {
        return (int)features.columns();
    }

    @Override
    public int targetCount() {
        return targets == null ? 0 : (int)targets.columns();
    }

    @Override
    public int rowCount() {
        return rows.length;
    }

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public BatchReader open(final int[] order) {
        final int[] selected = order == null ? rows : new int[rows.length];
        if (order != null) {
            if (order.length != rows.length) {
                throw new IllegalArgumentException("The row order has " + order.length + " entries for "
                    + rows.length + " rows.");
            }
            for (int i = 0; i < order.length; i++) {
                selected[i] = rows[order[i]];
            }
        }
        return new Reader(selected);
    }

    @Override
    public INDArray allFeatures() {
        return features;
    }

    @Override
    public INDArray allTargets() {
        return targets;
    }

    /** @return the rows {@code subset} (indices into this source's rows), sharing this source's matrices */
    public InMemoryDataSource rows(final int[] subset) {
        final int[] selected = new int[subset.length];
        for (int i = 0; i < subset.length; i++) {
            selected[i] = rows[subset[i]];
        }
        return new InMemoryDataSource(features, targets, selected);
    }

    /**
     * Holds out a random fraction of the rows for validation.
     *
     * @param fraction the share of rows to hold out, in (0, 1)
     * @param seed seeds the choice of rows
     * @param stratified whether every class keeps its share in both parts (classes as {@link #classes()} says)
     * @return the rows to train on and the held-out ones, both in their stored order
     */
    public Split split(final double fraction, final long seed, final boolean stratified) {
        Split.requireFraction(fraction);
        final SplittableRandom random = new SplittableRandom(seed);
        final List<int[]> groups = new ArrayList<>();
        if (stratified) {
            final TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
            final int[] classes = classes();
            for (int i = 0; i < classes.length; i++) {
                byClass.computeIfAbsent(classes[i], k -> new ArrayList<>()).add(i);
            }
            byClass.values().forEach(g -> groups.add(g.stream().mapToInt(Integer::intValue).toArray()));
        } else {
            final int[] all = new int[rows.length];
            Arrays.setAll(all, i -> i);
            groups.add(all);
        }
        final List<Integer> training = new ArrayList<>();
        final List<Integer> validation = new ArrayList<>();
        for (final int[] group : groups) {
            Shuffling.shuffle(group, random);
            final long held = Math.round(fraction * group.length);
            for (int i = 0; i < group.length; i++) {
                (i < held ? validation : training).add(group[i]);
            }
        }
        Split.requireBothParts(training.size(), validation.size(), fraction, rows.length);
        return new Split(rows(sorted(training)), rows(sorted(validation)));
    }

    private static int[] sorted(final List<Integer> indices) {
        return indices.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * @return the class of each row: the position of the largest target of a one-hot row, or the target itself
     *         (rounded) for a single target column (0/1, or a class index)
     */
    public int[] classes() {
        if (targets == null) {
            throw new IllegalStateException("This data has no targets, so it has no classes.");
        }
        final INDArray rowTargets = Nd4j.exec(new Gather(targets, Nd4j.createFromArray(rows), 0))[0];
        final INDArray classes = rowTargets.columns() == 1 ? rowTargets.reshape(rows.length)
            : Nd4j.argMax(rowTargets, 1);
        return Arrays.stream(classes.toDoubleVector()).mapToInt(c -> (int)Math.round(c)).toArray();
    }

    /**
     * A pass that gathers its rows, in the order given when it was opened, batch by batch: on the CPU by copying
     * each row in host memory, elsewhere with a native gather.
     */
    private final class Reader implements BatchReader {

        private final int[] order;

        private final RowArrays rows = new RowArrays(features, targets);

        /** The row copies on the CPU; null elsewhere. */
        private final HostRowArrays hostRows = HostRowArrays.of(rows);

        /** The native gather and the order as a native index array, for backends other than the CPU. */
        private ReusedOp gather;

        private INDArray nativeOrder;

        private int next;

        Reader(final int[] order) {
            this.order = order;
        }

        @Override
        public void read(final INDArray featureBatch, final INDArray targetBatch) {
            final int count = (int)featureBatch.rows();
            if (next + count > order.length) {
                throw new IllegalStateException("Asked for " + count + " rows but only " + (order.length - next)
                    + " are left in this pass.");
            }
            if (hostRows != null) {
                hostRows.copy(order, next, featureBatch, targetBatch);
            } else {
                if (nativeOrder == null) {
                    gather = RowArrays.gather();
                    nativeOrder = Nd4j.createFromArray(order);
                }
                rows.gatherInto(gather, nativeOrder.get(NDArrayIndex.interval(next, next + count)), featureBatch,
                    targetBatch);
            }
            next += count;
        }

        @Override
        public void close() {
            // the rows are in memory: nothing to release
        }
    }
}
