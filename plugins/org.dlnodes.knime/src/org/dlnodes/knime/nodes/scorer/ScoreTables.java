package org.dlnodes.knime.nodes.scorer;

import java.util.List;

import org.dlnodes.engine.metrics.ClassScores;
import org.dlnodes.engine.metrics.ClassificationReport;
import org.dlnodes.engine.metrics.ConfusionMatrix;
import org.dlnodes.engine.metrics.MetricValue;
import org.dlnodes.engine.metrics.RegressionScores;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The Scorer's output tables: the metrics, one row per metric (named by its row ID) with its value, and the
 * confusion matrix, one row per true class and one column per predicted class, as KNIME's Scorer shows it.
 */
final class ScoreTables {

    static final String VALUE = "Value";

    private ScoreTables() {
    }

    static DataTableSpec metricsSpec() {
        return new DataTableSpec("Metrics", new DataColumnSpecCreator(VALUE, DoubleCell.TYPE).createSpec());
    }

    static BufferedDataTable classificationMetrics(final ClassificationReport report, final ExecutionContext exec) {
        final BufferedDataContainer container = exec.createDataContainer(metricsSpec());
        report.metrics().forEach(m -> add(container, m.name(), m.value()));
        for (final ClassScores scores : report.perClass()) {
            add(container, "precision (" + scores.label() + ")", scores.precision());
            add(container, "recall (" + scores.label() + ")", scores.recall());
            add(container, "F1 (" + scores.label() + ")", scores.f1());
            add(container, "support (" + scores.label() + ")", scores.support());
        }
        container.close();
        return container.getTable();
    }

    static BufferedDataTable regressionMetrics(final RegressionScores scores, final ExecutionContext exec) {
        final BufferedDataContainer container = exec.createDataContainer(metricsSpec());
        for (final MetricValue metric : scores.metrics()) {
            add(container, metric.name(), metric.value());
        }
        container.close();
        return container.getTable();
    }

    private static void add(final BufferedDataContainer container, final String name, final double value) {
        container.addRowToTable(new DefaultRow(new RowKey(name), new DoubleCell(value)));
    }

    /** @return the confusion matrix's spec: a count column per class; none when the classes are not known yet */
    static DataTableSpec confusionSpec(final List<String> labels) {
        return new DataTableSpec("Confusion matrix", labels.stream()
            .map(label -> new DataColumnSpecCreator(label, IntCell.TYPE).createSpec()).toArray(DataColumnSpec[]::new));
    }

    static BufferedDataTable confusion(final ConfusionMatrix matrix, final ExecutionContext exec) {
        final BufferedDataContainer container = exec.createDataContainer(confusionSpec(matrix.labels()));
        for (int t = 0; t < matrix.classCount(); t++) {
            final DataCell[] counts = new DataCell[matrix.classCount()];
            for (int p = 0; p < counts.length; p++) {
                counts[p] = new IntCell(Math.toIntExact(matrix.count(t, p)));
            }
            container.addRowToTable(new DefaultRow(new RowKey(matrix.labels().get(t)), counts));
        }
        container.close();
        return container.getTable();
    }

    /** @return a table without columns, the confusion matrix of a regression */
    static BufferedDataTable empty(final ExecutionContext exec) {
        final BufferedDataContainer container = exec.createDataContainer(new DataTableSpec("Confusion matrix"));
        container.close();
        return container.getTable();
    }
}
