package org.dlnodes.engine.data;

import java.util.SplittableRandom;

/**
 * Seeded row orders. Java's {@link SplittableRandom} gives the same sequence for the same seed on every JVM and
 * platform, so the order of the rows (and so the trained weights) depends only on the seed.
 */
public final class Shuffling {

    private Shuffling() {
    }

    /** @return a uniformly random permutation of {@code 0 .. n-1} */
    public static int[] permutation(final int n, final SplittableRandom random) {
        final int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    /** Shuffles the values in place (Fisher-Yates). */
    public static void shuffle(final int[] values, final SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            final int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
