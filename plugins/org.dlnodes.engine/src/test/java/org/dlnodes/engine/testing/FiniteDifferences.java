package org.dlnodes.engine.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Central finite differences in double precision, the reference for every analytic gradient. */
public final class FiniteDifferences {

    private static final double STEP = 1e-6;

    private FiniteDifferences() {
    }

    /**
     * Compares the analytic gradient of {@code f} with respect to {@code x} with central differences, changing each
     * element of {@code x} in place by ±1e-6 and restoring it.
     *
     * @param what names the check in failure messages
     * @param f evaluates the scalar function with the current {@code x}
     * @param x the variable, a double array
     * @param analytic the gradient to check, of x's shape
     */
    public static void check(final String what, final DoubleSupplier f, final INDArray x, final INDArray analytic) {
        final INDArray flat = x.reshape(x.length());
        final INDArray analyticFlat = analytic.dup().reshape(analytic.length());
        double worst = 0;
        long worstIndex = -1;
        for (long i = 0; i < flat.length(); i++) {
            final double original = flat.getDouble(i);
            flat.putScalar(i, original + STEP);
            final double plus = f.getAsDouble();
            flat.putScalar(i, original - STEP);
            final double minus = f.getAsDouble();
            flat.putScalar(i, original);
            final double numeric = (plus - minus) / (2 * STEP);
            final double exact = analyticFlat.getDouble(i);
            final double error = Math.abs(numeric - exact) / Math.max(1, Math.abs(numeric) + Math.abs(exact));
            if (error > worst) {
                worst = error;
                worstIndex = i;
            }
        }
        assertTrue(worst < 1e-6, what + ": relative error " + worst + " at element " + worstIndex + ", analytic "
            + (worstIndex < 0 ? "" : analyticFlat.getDouble(worstIndex)));
    }
}
