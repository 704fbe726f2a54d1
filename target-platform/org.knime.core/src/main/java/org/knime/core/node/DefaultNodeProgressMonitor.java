package org.knime.core.node;

/** Stand-in for KNIME's progress monitor; it keeps the last progress and message and the cancel request. */
public class DefaultNodeProgressMonitor implements NodeProgressMonitor {

    private volatile boolean m_cancelExecute;

    private volatile Double m_progress;

    private volatile String m_message;

    public DefaultNodeProgressMonitor() {
        // not canceled, no progress
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        if (m_cancelExecute) {
            throw new CanceledExecutionException("ProgressMonitor has been canceled.");
        }
    }

    @Override
    public void setExecuteCanceled() {
        m_cancelExecute = true;
    }

    @Override
    public void setProgress(final double progress) {
        m_progress = progress;
    }

    @Override
    public void setMessage(final String message) {
        m_message = message;
    }

    @Override
    public void setProgress(final double progress, final String message) {
        setProgress(progress);
        setMessage(message);
    }

    @Override
    public Double getProgress() {
        return m_progress;
    }

    @Override
    public String getMessage() {
        return m_message;
    }
}
