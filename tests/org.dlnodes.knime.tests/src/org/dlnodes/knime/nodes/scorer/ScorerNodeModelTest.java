package org.dlnodes.knime.nodes.scorer;

import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.missing;
import static org.dlnodes.knime.data.TestTables.nominal;
import static org.dlnodes.knime.data.TestTables.number;
import static org.dlnodes.knime.data.TestTables.table;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dlnodes.knime.data.DialogCheck;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** The Network Scorer through configure and execute, on small tables with known scores. */
class ScorerNodeModelTest {

    private final List<String> m_warnings = new ArrayList<>();

    private ScorerNodeModel scorer() throws InvalidSettingsException {
        final ScorerNodeModel model = withSettings(new ScorerNodeFactory().createNodeModel(), s -> { });
        model.addWarningListener(m_warnings::add);
        return model;
    }

    private static DataTableSpec classSpec() {
        return new DataTableSpec(nominal("y", "a", "b"), nominal("Prediction (y)", "a", "b"), number("P (y=a)"),
            number("P (y=b)"));
    }

    private static DataRow row(final int i, final String truth, final String predicted, final double pa) {
        return new DefaultRow(RowKey.createRowKey(i), truth == null ? missing() : new StringCell(truth),
            new StringCell(predicted), new DoubleCell(pa), new DoubleCell(1 - pa));
    }

    private static Map<String, Double> metrics(final BufferedDataTable table) {
        final Map<String, Double> values = new HashMap<>();
        for (final DataRow row : table) {
            values.put(row.getKey().getString(), ((DoubleValue)row.getCell(0)).getDoubleValue());
        }
        return values;
    }

    /** @return the statistic in the row and column of the accuracy statistics; null for a missing cell */
    private static Double statistic(final BufferedDataTable table, final String row, final String column) {
        final int index = table.getDataTableSpec().findColumnIndex(column);
        for (final DataRow r : table) {
            if (r.getKey().getString().equals(row)) {
                return r.getCell(index).isMissing() ? null : ((DoubleValue)r.getCell(index)).getDoubleValue();
            }
        }
        throw new AssertionError("no row " + row);
    }

    private static String[] rowKeys(final BufferedDataTable table) {
        final List<String> keys = new ArrayList<>();
        table.forEach(row -> keys.add(row.getKey().getString()));
        return keys.toArray(String[]::new);
    }

    private static long[][] counts(final BufferedDataTable confusion) {
        final List<long[]> rows = new ArrayList<>();
        for (final DataRow row : confusion) {
            final long[] counts = new long[row.getNumCells()];
            for (int c = 0; c < counts.length; c++) {
                counts[c] = ((IntValue)row.getCell(c)).getIntValue();
            }
            rows.add(counts);
        }
        return rows.toArray(long[][]::new);
    }

    @Test
    void scoresClassesWithProbabilitiesAndShowsTheConfusionMatrix() throws Exception {
        final ScorerNodeModel model = scorer();
        final PortObjectSpec[] specs = model.configure(new PortObjectSpec[]{classSpec()});
        assertArrayEquals(new String[]{"a", "b"}, ((DataTableSpec)specs[1]).getColumnNames());
        final BufferedDataTable in = table(classSpec(), List.of(row(0, "a", "a", 0.9), row(1, "a", "b", 0.4),
            row(2, "b", "b", 0.2), row(3, "b", "b", 0.1), row(4, null, "a", 0.8)));
        final PortObject[] out = model.execute(new PortObject[]{in}, exec());
        final BufferedDataTable statistics = (BufferedDataTable)out[0];
        assertArrayEquals(new String[]{"a", "b", "macro average", "weighted average", "Overall"},
            rowKeys(statistics));
        // Class b: true b,b predicted b,b (TP 2); true a predicted b (FP 1); true a predicted a (TN 1); no FN.
        assertEquals(2.0, statistic(statistics, "b", "TruePositives"));
        assertEquals(1.0, statistic(statistics, "b", "FalsePositives"));
        assertEquals(1.0, statistic(statistics, "b", "TrueNegatives"));
        assertEquals(0.0, statistic(statistics, "b", "FalseNegatives"));
        assertEquals(1.0, statistic(statistics, "b", "Recall"), 1e-12);
        assertEquals(2.0 / 3, statistic(statistics, "b", "Precision"), 1e-12);
        assertEquals(0.5, statistic(statistics, "b", "Specificity"), 1e-12);
        assertEquals(0.8, statistic(statistics, "b", "F-measure"), 1e-12);
        assertNull(statistic(statistics, "b", "Accuracy"));
        assertEquals(0.75, statistic(statistics, "Overall", "Accuracy"), 1e-12);
        assertEquals(4.0, statistic(statistics, "Overall", "Support"));
        final double logLoss = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.8) + Math.log(0.9)) / 4;
        assertEquals(logLoss, statistic(statistics, "Overall", "Log loss"), 1e-9);
        assertEquals(1.0, statistic(statistics, "Overall", "ROC AUC"), 1e-12);
        assertNull(statistic(statistics, "Overall", "Recall"));
        assertArrayEquals(new long[][]{{1, 1}, {0, 2}}, counts((BufferedDataTable)out[1]));
        assertTrue(m_warnings.get(m_warnings.size() - 1).contains("1 rows with a missing true or predicted class"),
            m_warnings.toString());
    }

    @Test
    void aClassTheModelNeverSawGetsItsOwnRowAndLeavesOutLogLoss() throws Exception {
        final BufferedDataTable in = table(classSpec(), List.of(row(0, "a", "a", 0.9), row(1, "c", "b", 0.4),
            row(2, "b", "b", 0.2)));
        final PortObject[] out = scorer().execute(new PortObject[]{in}, exec());
        final BufferedDataTable confusion = (BufferedDataTable)out[1];
        assertArrayEquals(new String[]{"a", "b", "c"}, confusion.getDataTableSpec().getColumnNames());
        assertArrayEquals(new long[][]{{1, 0, 0}, {0, 1, 0}, {0, 1, 0}}, counts(confusion));
        assertEquals(2.0 / 3, statistic((BufferedDataTable)out[0], "Overall", "Accuracy"), 1e-12);
        assertNull(statistic((BufferedDataTable)out[0], "Overall", "Log loss"));
        assertTrue(m_warnings.get(m_warnings.size() - 1).contains("classes without a probability column"),
            m_warnings.toString());
    }

    @Test
    void scoresNumbers() throws Exception {
        final DataTableSpec spec = new DataTableSpec(number("y"), number("Prediction (y)"));
        final List<DataRow> rows = new ArrayList<>();
        final double[][] pairs = {{1, 2}, {2, 2}, {3, 5}};
        for (int i = 0; i < pairs.length; i++) {
            rows.add(new DefaultRow(RowKey.createRowKey(i), new DataCell[]{new DoubleCell(pairs[i][0]),
                new DoubleCell(pairs[i][1])}));
        }
        final ScorerNodeModel model = scorer();
        final PortObjectSpec[] specs = model.configure(new PortObjectSpec[]{spec});
        assertEquals(0, ((DataTableSpec)specs[1]).getNumColumns());
        final PortObject[] out = model.execute(new PortObject[]{table(spec, rows)}, exec());
        final Map<String, Double> metrics = metrics((BufferedDataTable)out[0]);
        assertEquals(5.0 / 3, metrics.get("mean squared error"), 1e-12);
        assertEquals(1.0, metrics.get("mean absolute error"), 1e-12);
        assertEquals(2.0, metrics.get("max error"), 1e-12);
        assertEquals(1 - 5.0 / 2, metrics.get("R^2"), 1e-12);
    }

    @Test
    void theDialogShowsEverySetting() throws Exception {
        final ScorerNodeModel model = scorer();
        model.configure(new PortObjectSpec[]{classSpec()}); // auto-configures the columns
        DialogCheck.assertDialogSavesEverySetting(model,
            (DefaultNodeSettingsPane)new ScorerNodeFactory().createNodeDialogPane(), new PortObjectSpec[]{classSpec()});
    }

    @Test
    void mismatchedColumnsFailConfigure() throws InvalidSettingsException {
        final ScorerNodeModel model = scorer();
        final String message = assertThrows(InvalidSettingsException.class, () -> model.configure(
            new PortObjectSpec[]{new DataTableSpec(nominal("y", "a"), number("Prediction (y)"))})).getMessage();
        assertTrue(message.contains("must both be nominal"), message);
        final String none = assertThrows(InvalidSettingsException.class, () -> scorer().configure(
            new PortObjectSpec[]{new DataTableSpec(nominal("y", "a"), number("z"))})).getMessage();
        assertTrue(none.contains("Choose the true and the predicted column"), none);
    }
}
