package org.knime.core.node;

/** Stand-in for KNIME's progress monitor of a node: progress, message, and the user's cancel request. */
public interface NodeProgressMonitor {

    /** @throws CanceledExecutionException if the user asked to cancel */
    void checkCanceled() throws CanceledExecutionException;

    /** Asks the node to cancel. */
    void setExecuteCanceled();

    /** @param progress the fraction done, in [0, 1] */
    void setProgress(double progress);

    /** @param message the current step */
    void setMessage(String message);

    /**
     * @param progress the fraction done, in [0, 1]
     * @param message the current step
     */
    void setProgress(double progress, String message);

    /** @return the fraction done, null if not known */
    Double getProgress();

    /** @return the current step's message */
    String getMessage();
}
