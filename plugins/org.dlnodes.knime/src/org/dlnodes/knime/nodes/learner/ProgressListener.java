package org.dlnodes.knime.nodes.learner;

import java.util.Locale;

import org.dlnodes.engine.train.EpochLog;
import org.dlnodes.engine.train.TrainingListener;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Shows the training's epoch, batch and loss as the node's progress, and passes the user's cancel on. */
final class ProgressListener implements TrainingListener {

    private final ExecutionMonitor m_exec;

    private final int m_epochs;

    ProgressListener(final ExecutionMonitor exec, final int epochs) {
        m_exec = exec;
        m_epochs = epochs;
    }

    @Override
    public void batchDone(final int epoch, final int batch, final int batchesPerEpoch, final double meanLoss) {
        m_exec.setProgress(((epoch - 1.0) * batchesPerEpoch + batch) / ((double)m_epochs * batchesPerEpoch),
            String.format(Locale.ROOT, "Epoch %d/%d, batch %d/%d, loss %.4f", epoch, m_epochs, batch,
                batchesPerEpoch, meanLoss));
    }

    @Override
    public void epochDone(final EpochLog log) {
        final StringBuilder message = new StringBuilder("Epoch " + log.epoch() + "/" + m_epochs + ":");
        log.metrics().forEach((name, value) -> message.append(String.format(Locale.ROOT, " %s %.4f", name, value)));
        m_exec.setMessage(message.toString());
    }

    @Override
    public boolean cancelRequested() {
        try {
            m_exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) { // NOSONAR the exception is the answer
            return true;
        }
    }
}
