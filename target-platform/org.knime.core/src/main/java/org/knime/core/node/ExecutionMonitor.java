package org.knime.core.node;

/** Stand-in for KNIME's progress and cancelation monitor; this one is never canceled. */
public class ExecutionMonitor {

    public ExecutionMonitor() {
        // a monitor without progress display
    }

    /** @throws CanceledExecutionException if the user canceled (never, here) */
    public void checkCanceled() throws CanceledExecutionException {
        // never canceled
    }

    /** @param progress the fraction done, in [0, 1] */
    public void setProgress(final double progress) {
        // no progress display
    }

    /** @param message the current step */
    public void setMessage(final String message) {
        // no progress display
    }
}
