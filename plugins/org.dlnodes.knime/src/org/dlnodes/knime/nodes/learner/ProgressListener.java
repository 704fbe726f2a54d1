package org.dlnodes.knime.nodes.learner;

import java.util.Locale;
import java.util.function.Consumer;

import org.dlnodes.engine.train.EpochLog;
import org.dlnodes.engine.train.TrainingListener;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Shows the training's epoch, batch and loss as the node's progress, hands on finished epochs, passes cancel on. */
final class ProgressListener implements TrainingListener {

    private final ExecutionMonitor m_exec;

    private final int m_epochs;

    private final Consumer<EpochLog> m_epochConsumer;

    /**
     * @param exec the node's monitor
     * @param epochs the epochs asked for
     * @param epochConsumer gets every finished epoch, e.g. for the live view
     */
    ProgressListener(final ExecutionMonitor exec, final int epochs, final Consumer<EpochLog> epochConsumer) {
        m_exec = exec;
        m_epochs = epochs;
        m_epochConsumer = epochConsumer;
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
        m_epochConsumer.accept(log);
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
