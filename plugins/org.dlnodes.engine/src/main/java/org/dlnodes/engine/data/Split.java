package org.dlnodes.engine.data;

/**
 * Training and validation rows split from one source.
 *
 * @param training the rows to train on
 * @param validation the rows held out to validate on
 */
public record Split(DataSource training, DataSource validation) {

    /** Rejects a validation fraction outside (0, 1). */
    static void requireFraction(final double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("The validation fraction must be between 0 and 1 (exclusive); got "
                + fraction + ".");
        }
    }

    /** Rejects a split that leaves no rows to train or no rows to validate on. */
    static void requireBothParts(final int trainingRows, final int validationRows, final double fraction,
        final int rows) {
        if (trainingRows == 0 || validationRows == 0) {
            throw new IllegalArgumentException("A validation fraction of " + fraction + " of " + rows
                + " rows leaves " + (trainingRows == 0 ? "no rows to train on" : "no rows to validate on")
                + "; choose a fraction that leaves both.");
        }
    }
}
