package org.knime.core.node;

/** Stand-in for KNIME's progress and cancelation monitor, reporting to a {@link NodeProgressMonitor}. */
public class ExecutionMonitor {

    private final NodeProgressMonitor m_progress;

    public ExecutionMonitor() {
        this(new DefaultNodeProgressMonitor());
    }

    /** @param progMon receives the progress and holds the cancel request */
    public ExecutionMonitor(final NodeProgressMonitor progMon) {
        m_progress = progMon;
    }

    /** @return the monitor the progress goes to */
    public NodeProgressMonitor getProgressMonitor() {
        return m_progress;
    }

    /** @throws CanceledExecutionException if the user canceled */
    public void checkCanceled() throws CanceledExecutionException {
        m_progress.checkCanceled();
    }

    /** @param progress the fraction done, in [0, 1] */
    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    /** @param message the current step */
    public void setMessage(final String message) {
        m_progress.setMessage(message);
    }

    /**
     * @param progress the fraction done, in [0, 1]
     * @param message the current step
     */
    public void setProgress(final double progress, final String message) {
        m_progress.setProgress(progress, message);
    }
}
