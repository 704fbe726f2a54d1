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
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The Scorer's output tables, laid out as KNIME's own Scorers lay them out. Classification: the accuracy statistics,
 * one row per class with its counts and rates, then the macro and weighted averages and an "Overall" row with the
 * scores of the whole table; and the confusion matrix, one row per true class and one column per predicted class.
 * Regression: one row per metric (named by its row ID) with its value, as KNIME's Numeric Scorer.
 */
final class ScoreTables {

    static final String VALUE = "Value";

    /** The columns of the accuracy statistics: KNIME Scorer's, then support, log loss and ROC AUC. */
    static final List<String> STATISTICS = List.of("TruePositives", "FalsePositives", "TrueNegatives",
        "FalseNegatives", "Recall", "Precision", "Sensitivity", "Specificity", "F-measure", "Support", "Accuracy",
        "Cohen's kappa", "Log loss", "ROC AUC");

    /** The first four columns (the counts) and Support hold whole numbers. */
    private static final int COUNTS = 4;

    private static final int SUPPORT = STATISTICS.indexOf("Support");

    private ScoreTables() {
    }

    static DataTableSpec metricsSpec() {
        return new DataTableSpec("Metrics", new DataColumnSpecCreator(VALUE, DoubleCell.TYPE).createSpec());
    }

    static DataTableSpec statisticsSpec() {
        return new DataTableSpec("Accuracy statistics", STATISTICS.stream()
            .map(name -> new DataColumnSpecCreator(name, isCount(STATISTICS.indexOf(name)) ? IntCell.TYPE
                : DoubleCell.TYPE).createSpec())
            .toArray(DataColumnSpec[]::new));
    }

    private static boolean isCount(final int column) {
        return column < COUNTS || column == SUPPORT;
    }

    static BufferedDataTable classificationStatistics(final ClassificationReport report,
        final ExecutionContext exec) {
        final BufferedDataContainer container = exec.createDataContainer(statisticsSpec());
        final ConfusionMatrix matrix = report.confusionMatrix();
        for (int k = 0; k < matrix.classCount(); k++) {
            final long truePositives = matrix.count(k, k);
            final long falsePositives = matrix.predicted(k) - truePositives;
            final long falseNegatives = matrix.actual(k) - truePositives;
            final long trueNegatives = matrix.total() - truePositives - falsePositives - falseNegatives;
            final double specificity = trueNegatives + falsePositives == 0 ? 0
                : (double)trueNegatives / (trueNegatives + falsePositives);
            final ClassScores scores = report.perClass().get(k);
            addStatistics(container, scores.label(), truePositives, falsePositives, trueNegatives, falseNegatives,
                scores.recall(), scores.precision(), scores.recall(), specificity, scores.f1(), scores.support());
        }
        addAverage(container, "macro average", report.macroAverage());
        addAverage(container, "weighted average", report.weightedAverage());
        final Double[] overall = new Double[STATISTICS.size()];
        overall[SUPPORT] = (double)matrix.total();
        overall[STATISTICS.indexOf("Accuracy")] = report.accuracy();
        overall[STATISTICS.indexOf("Cohen's kappa")] = report.cohensKappa();
        report.logLoss().ifPresent(v -> overall[STATISTICS.indexOf("Log loss")] = v);
        report.rocAuc().ifPresent(v -> overall[STATISTICS.indexOf("ROC AUC")] = v);
        addRow(container, "Overall", overall);
        container.close();
        return container.getTable();
    }

    private static void addStatistics(final BufferedDataContainer container, final String row,
        final double... classValues) {
        final Double[] values = new Double[STATISTICS.size()];
        for (int c = 0; c < classValues.length; c++) {
            values[c] = classValues[c];
        }
        addRow(container, row, values);
    }

    private static void addAverage(final BufferedDataContainer container, final String row,
        final ClassScores average) {
        final Double[] values = new Double[STATISTICS.size()];
        values[STATISTICS.indexOf("Recall")] = average.recall();
        values[STATISTICS.indexOf("Precision")] = average.precision();
        values[STATISTICS.indexOf("Sensitivity")] = average.recall();
        values[STATISTICS.indexOf("F-measure")] = average.f1();
        values[SUPPORT] = (double)average.support();
        addRow(container, row, values);
    }

    /** Adds a row of the statistics; a null value is a missing cell (the statistic does not apply to the row). */
    private static void addRow(final BufferedDataContainer container, final String row, final Double[] values) {
        final DataCell[] cells = new DataCell[values.length];
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null) {
                cells[c] = DataType.getMissingCell();
            } else {
                cells[c] = isCount(c) ? new IntCell(Math.toIntExact(Math.round(values[c])))
                    : new DoubleCell(values[c]);
            }
        }
        container.addRowToTable(new DefaultRow(new RowKey(row), cells));
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
