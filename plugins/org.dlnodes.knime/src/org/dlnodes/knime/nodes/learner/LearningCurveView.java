package org.dlnodes.knime.nodes.learner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.SwingUtilities;

import org.dlnodes.engine.train.EpochLog;
import org.knime.core.node.NodeView;

/** The Learner's view: the learning curves, updated after every epoch while training runs, and after. */
final class LearningCurveView extends NodeView<LearnerNodeModel> {

    private final LearningCurvePanel m_panel = new LearningCurvePanel();

    LearningCurveView(final LearnerNodeModel model) {
        super(model);
        setComponent(m_panel);
    }

    /** @return the metrics of the finished epochs, by name */
    static Map<String, double[]> curves(final List<EpochLog> epochs) {
        final Map<String, double[]> curves = new LinkedHashMap<>();
        if (!epochs.isEmpty()) {
            for (final String name : epochs.get(0).metrics().keySet()) {
                curves.put(name, epochs.stream().mapToDouble(log -> log.metric(name)).toArray());
            }
        }
        return curves;
    }

    LearningCurvePanel panel() {
        return m_panel;
    }

    @Override
    protected void modelChanged() {
        final Map<String, double[]> curves = curves(getNodeModel().finishedEpochs());
        SwingUtilities.invokeLater(() -> m_panel.setCurves(curves));
    }

    @Override
    protected void updateModel(final Object arg) {
        modelChanged();
    }

    @Override
    protected void onOpen() {
        // modelChanged shows the curves
    }

    @Override
    protected void onClose() {
        // nothing to release
    }
}
