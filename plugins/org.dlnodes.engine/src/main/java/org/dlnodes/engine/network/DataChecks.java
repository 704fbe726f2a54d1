package org.dlnodes.engine.network;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Checks features and labels before any native computation sees them, so that bad data gives a message that says
 * what is wrong instead of NaN losses or a native crash.
 */
public final class DataChecks {

    private DataChecks() {
    }

    /** @throws IllegalArgumentException when the features are empty, of the wrong width, or not finite */
    public static void features(final INDArray features, final int expectedColumns) {
        if (features == null || features.isEmpty() || features.rank() != 2 || features.rows() == 0) {
            throw new IllegalArgumentException("The data is empty: there are no rows to learn from or predict.");
        }
        if (features.columns() != expectedColumns) {
            throw new IllegalArgumentException("The data has " + features.columns() + " feature columns but the"
                + " network expects " + expectedColumns + "; use the same feature columns as in training.");
        }
        finite(features, "features");
    }

    /** @throws IllegalArgumentException when the labels do not fit the loss or the number of rows */
    public static void labels(final INDArray labels, final long rows, final NetworkSpec spec) {
        final LossType loss = spec.loss().type();
        final int columns = loss == LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY ? 1 : spec.outputSize();
        if (labels == null || labels.isEmpty() || labels.rank() != 2 || labels.rows() != rows
            || labels.columns() != columns) {
            throw new IllegalArgumentException("The labels have shape " + (labels == null || labels.isEmpty()
                ? "[]" : java.util.Arrays.toString(labels.shape())) + " but " + loss.name().toLowerCase()
                + " needs [" + rows + ", " + columns + "], a row per example.");
        }
        finite(labels, "labels");
        final double min = labels.minNumber().doubleValue();
        final double max = labels.maxNumber().doubleValue();
        switch (loss) {
            case SPARSE_CATEGORICAL_CROSS_ENTROPY -> {
                final boolean whole = labels.sub(Transforms.floor(labels, true)).amaxNumber().doubleValue() == 0;
                require(whole && min >= 0 && max < spec.outputSize(), "The class indices must be whole numbers"
                    + " from 0 to " + (spec.outputSize() - 1) + "; found values from " + min + " to " + max + ".");
            }
            case CATEGORICAL_CROSS_ENTROPY, BINARY_CROSS_ENTROPY, KL_DIVERGENCE, CATEGORICAL_HINGE -> require(
                min >= 0 && max <= 1, "The labels of " + loss.name().toLowerCase()
                    + " must be probabilities (one-hot rows, or 0/1); found values from " + min + " to " + max + ".");
            case HINGE, SQUARED_HINGE -> require(min >= -1 && max <= 1,
                "Hinge labels must be -1/1 or 0/1; found values from " + min + " to " + max + ".");
            case MEAN_SQUARED_LOGARITHMIC_ERROR -> require(min > -1,
                "The targets of the squared logarithmic error must be above -1; found " + min + ".");
            case POISSON -> require(min >= 0, "Poisson targets are counts, at least 0; found " + min + ".");
            default -> {
                // any finite target
            }
        }
    }

    private static void finite(final INDArray data, final String what) {
        // One cheap reduction in the normal case, the sum of the magnitudes (BLAS' asum for a contiguous array: about
        // 10 µs for 128 x 784, against 100 µs or more for libnd4j's sum); the element-wise search only when the sum
        // is not finite (NaN or infinity in the data, or a sum too large for the type).
        final double magnitudes = data.elementWiseStride() == 1 && data.ordering() == 'c'
            ? Nd4j.getBlasWrapper().level1().asum(data.reshape(data.length())) : data.sumNumber().doubleValue();
        if (!Double.isFinite(magnitudes)
            && (BooleanIndexing.or(data, Conditions.isNan()) || BooleanIndexing.or(data, Conditions.isInfinite()))) {
            throw new IllegalArgumentException("The " + what
                + " contain missing (NaN) or infinite values; remove or impute them first.");
        }
    }

    private static void require(final boolean valid, final String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }
}
