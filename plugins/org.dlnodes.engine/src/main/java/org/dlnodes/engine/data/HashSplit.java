package org.dlnodes.engine.data;

/**
 * Holds out a random fraction of a streamed source's rows for validation without reading them first: the row at
 * position i is held out when a seeded hash of i, taken as a number in [0, 1), is below the fraction. The training
 * and the validation rows are then two filtered passes over the same stream; they never overlap and together are
 * all rows, and the same seed holds out the same rows.
 *
 * <p>Unlike {@link InMemoryDataSource#split}, the split is not stratified by class (that would need every row's class
 * before the first pass), and the share held out is the fraction only on average: each row is held out on its own,
 * so for n rows the count held out varies by about {@code sqrt(n * fraction * (1 - fraction))}.
 */
public final class HashSplit {

    private HashSplit() {
    }

    /**
     * @param source the rows, read in their stored order
     * @param fraction the share of rows to hold out, in (0, 1)
     * @param seed seeds the choice of rows
     * @return the rows to train on and the held-out ones, both in their stored order
     */
    public static Split of(final DataSource source, final double fraction, final long seed) {
        Split.requireFraction(fraction);
        int held = 0;
        for (int row = 0; row < source.rowCount(); row++) {
            if (held(row, fraction, seed)) {
                held++;
            }
        }
        Split.requireBothParts(source.rowCount() - held, held, fraction, source.rowCount());
        return new Split(new FilteredSource(source, row -> !held(row, fraction, seed), source.rowCount() - held),
            new FilteredSource(source, row -> held(row, fraction, seed), held));
    }

    /** @return whether the row at {@code row} is held out: SplitMix64's mix of seed and row, as 53 random bits */
    static boolean held(final int row, final double fraction, final long seed) {
        long z = seed + (row + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 < fraction;
    }
}
