package org.dlnodes.knime.nodes.scorer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.dlnodes.engine.metrics.ClassificationReport;
import org.dlnodes.engine.metrics.RegressionScores;
import org.dlnodes.knime.data.TableNodeModel;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The Network Scorer: compares a true and a predicted column with the engine's metrics. For classes it also reads
 * the probability columns "P (truth=class)" of the Network Predictor, when there is one for every class, for log
 * loss and ROC AUC.
 */
final class ScorerNodeModel extends TableNodeModel {

    private final ScorerSettings m_settings;

    ScorerNodeModel() {
        this(new ScorerSettings());
    }

    private ScorerNodeModel(final ScorerSettings settings) {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            settings);
        m_settings = settings;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec table = (DataTableSpec)inSpecs[0];
        final ScoredColumns columns = ScoredColumns.of(table, m_settings);
        if (!columns.classification()) {
            return new PortObjectSpec[]{ScoreTables.metricsSpec(), new DataTableSpec("Confusion matrix")};
        }
        final List<String> labels = domainLabels(table, columns);
        return new PortObjectSpec[]{ScoreTables.statisticsSpec(),
            labels == null ? null : ScoreTables.confusionSpec(labels)};
    }

    /** @return the classes of both columns' domains, truth first; null when a domain lists no values */
    private static List<String> domainLabels(final DataTableSpec table, final ScoredColumns columns) {
        final Set<String> labels = new LinkedHashSet<>();
        for (final DataColumnSpec column : List.of(table.getColumnSpec(columns.truth()),
            table.getColumnSpec(columns.prediction()))) {
            if (!column.getDomain().hasValues()) {
                return null;
            }
            column.getDomain().getValues().forEach(v -> labels.add(v.toString()));
        }
        return new ArrayList<>(labels);
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final ScoredColumns columns = ScoredColumns.of(table.getDataTableSpec(), m_settings);
        return columns.classification() ? classification(table, columns, exec) : regression(table, columns, exec);
    }

    private PortObject[] classification(final BufferedDataTable table, final ScoredColumns columns,
        final ExecutionContext exec) throws InvalidSettingsException {
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> domain = domainLabels(spec, columns);
        final List<String> labels = domain == null ? new ArrayList<>() : domain;
        final List<String> warnings = new ArrayList<>();
        final int[] probabilityColumns = probabilityColumns(spec, labels, warnings);
        final List<int[]> pairs = new ArrayList<>();
        final List<double[]> probabilities = new ArrayList<>();
        final long skipped = forScoredRows(table, columns, row -> {
            pairs.add(new int[]{indexOf(labels, row.getCell(columns.truth())),
                indexOf(labels, row.getCell(columns.prediction()))});
            if (probabilityColumns != null) {
                probabilities.add(probabilities(row, probabilityColumns));
            }
        });
        if (pairs.isEmpty()) {
            throw new InvalidSettingsException("No row has both a true and a predicted class"
                + (skipped > 0 ? " (" + skipped + " rows have missing values)" : " (the table is empty)")
                + "; score a table with predictions.");
        }
        final int[] trueClasses = pairs.stream().mapToInt(p -> p[0]).toArray();
        final int[] predictedClasses = pairs.stream().mapToInt(p -> p[1]).toArray();
        final boolean complete = probabilityColumns != null && labels.size() == probabilityColumns.length
            && probabilities.stream().noneMatch(p -> p == null);
        if (probabilityColumns != null && !complete) {
            warnings.add("Log loss and ROC AUC are left out: " + (labels.size() != probabilityColumns.length
                ? "the table has classes without a probability column (e.g. classes the model never saw)."
                : "some probabilities are missing."));
        }
        final ClassificationReport report = complete
            ? ClassificationReport.of(labels, trueClasses, predictedClasses, probabilities.toArray(double[][]::new))
            : ClassificationReport.of(labels, trueClasses, predictedClasses);
        if (skipped > 0) {
            warnings.add(skipped + " rows with a missing true or predicted class were not scored.");
        }
        setWarningMessage(warnings.isEmpty() ? null : String.join("\n", warnings));
        return new PortObject[]{ScoreTables.classificationStatistics(report, exec),
            ScoreTables.confusion(report.confusionMatrix(), exec)};
    }

    /** @return the positions of the probability columns, one per class in label order; null when not used */
    private int[] probabilityColumns(final DataTableSpec spec, final List<String> labels,
        final List<String> warnings) {
        if (!m_settings.probabilities().getBooleanValue() || labels.isEmpty()) {
            return null;
        }
        final String truth = m_settings.truth().getStringValue();
        final List<Integer> found = new ArrayList<>();
        for (final String label : labels) {
            final int index = spec.findColumnIndex("P (" + truth + "=" + label + ")");
            if (index < 0 || !spec.getColumnSpec(index).getType().isCompatible(DoubleValue.class)) {
                break;
            }
            found.add(index);
        }
        if (found.isEmpty()) {
            warnings.add("No probability columns 'P (" + truth + "=class)' were found, so log loss and ROC AUC are"
                + " left out; tick 'Append class probabilities' in the Network Predictor.");
            return null;
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] probabilities(final DataRow row, final int[] columns) {
        final double[] values = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            final DataCell cell = row.getCell(columns[k]);
            if (cell.isMissing()) {
                return null;
            }
            values[k] = ((DoubleValue)cell).getDoubleValue();
        }
        return values;
    }

    /** @return the class's index, adding classes outside the domains (e.g. unseen by the model) at the end */
    private static int indexOf(final List<String> labels, final DataCell cell) {
        final String label = cell.toString();
        final int index = labels.indexOf(label);
        if (index >= 0) {
            return index;
        }
        labels.add(label);
        return labels.size() - 1;
    }

    private PortObject[] regression(final BufferedDataTable table, final ScoredColumns columns,
        final ExecutionContext exec) throws InvalidSettingsException {
        final List<double[]> pairs = new ArrayList<>();
        final long skipped = forScoredRows(table, columns,
            row -> pairs.add(new double[]{((DoubleValue)row.getCell(columns.truth())).getDoubleValue(),
                ((DoubleValue)row.getCell(columns.prediction())).getDoubleValue()}));
        if (pairs.isEmpty()) {
            throw new InvalidSettingsException("No row has both a true and a predicted value; score a table with"
                + " predictions.");
        }
        final RegressionScores scores;
        try {
            scores = RegressionScores.of(m_settings.prediction().getStringValue(),
                pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        setWarningMessage(skipped == 0 ? null : skipped + " rows with a missing true or predicted value were not"
            + " scored.");
        return new PortObject[]{ScoreTables.regressionMetrics(scores, exec), ScoreTables.empty(exec)};
    }

    /**
     * Hands every row with a true and a predicted value to the consumer.
     *
     * @return the number of the other rows, which are not scored
     */
    private static long forScoredRows(final BufferedDataTable table, final ScoredColumns columns,
        final Consumer<DataRow> consumer) {
        long skipped = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                final DataRow row = rows.next();
                if (row.getCell(columns.truth()).isMissing() || row.getCell(columns.prediction()).isMissing()) {
                    skipped++;
                } else {
                    consumer.accept(row);
                }
            }
        }
        return skipped;
    }
}
