package org.dlnodes.knime.nodes.predictor;

import static org.dlnodes.knime.data.TestTables.blobs;
import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.missing;
import static org.dlnodes.knime.data.TestTables.nominal;
import static org.dlnodes.knime.data.TestTables.number;
import static org.dlnodes.knime.data.TestTables.withCell;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.knime.data.DialogCheck;
import org.dlnodes.knime.nodes.learner.TrainedModels;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** The Network Predictor through configure and execute. */
class PredictorNodeModelTest {

    private static TrainedModelPortObject s_model;

    private final List<String> m_warnings = new ArrayList<>();

    @BeforeAll
    static void train() throws Exception {
        s_model = TrainedModels.blobsClassifier();
    }

    private PredictorNodeModel predictor(final boolean probabilities) throws InvalidSettingsException {
        final PredictorNodeModel model = withSettings(new PredictorNodeFactory().createNodeModel(), s -> {
            s.addBoolean("append_probabilities", probabilities);
            s.addInt("batch_size", 7); // batches that do not divide the rows
        });
        model.addWarningListener(m_warnings::add);
        return model;
    }

    private BufferedDataTable predict(final PredictorNodeModel model, final BufferedDataTable table)
        throws Exception {
        final DataTableSpec spec =
            (DataTableSpec)model.configure(new PortObjectSpec[]{s_model.getSpec(), table.getDataTableSpec()})[0];
        final BufferedDataTable out = (BufferedDataTable)model.execute(new PortObject[]{s_model, table}, exec())[0];
        assertEquals(spec, out.getDataTableSpec());
        return out;
    }

    @Test
    void appendsTheClassAndItsProbabilities() throws Exception {
        final BufferedDataTable out = predict(predictor(true), blobs(50, 11));
        assertArrayEquals(new String[]{"x1", "x2", "x3", "x4", "class", "Prediction (class)", "P (class=a)",
            "P (class=b)"}, out.getDataTableSpec().getColumnNames());
        assertEquals(50, out.size());
        int correct = 0;
        for (final DataRow row : out) {
            final String predicted = ((StringValue)row.getCell(5)).getStringValue();
            correct += predicted.equals(row.getCell(4).toString()) ? 1 : 0;
            final double a = ((DoubleValue)row.getCell(6)).getDoubleValue();
            final double b = ((DoubleValue)row.getCell(7)).getDoubleValue();
            assertEquals(1, a + b, 1e-5);
            assertEquals(a > b ? "a" : "b", predicted);
        }
        assertTrue(correct >= 47, correct + " of 50 correct");
        final DataColumnSpec prediction = out.getDataTableSpec().getColumnSpec(5);
        assertEquals(2, prediction.getDomain().getValues().size(), "the classes are the prediction's domain");
    }

    @Test
    void aRegressionAppendsOnePredictionPerTarget() throws Exception {
        final TrainedModelPortObject regression = TrainedModels.sumAndDifferenceRegression();
        final BufferedDataTable table = TrainedModels.sumAndDifference(30, 77);
        final PredictorNodeModel model = predictor(true);
        model.configure(new PortObjectSpec[]{regression.getSpec(), table.getDataTableSpec()});
        final BufferedDataTable out =
            (BufferedDataTable)model.execute(new PortObject[]{regression, table}, exec())[0];
        assertArrayEquals(new String[]{"a", "sum", "b", "difference", "Prediction (sum)", "Prediction (difference)"},
            out.getDataTableSpec().getColumnNames());
        for (final DataRow row : out) {
            assertEquals(((DoubleValue)row.getCell(1)).getDoubleValue(),
                ((DoubleValue)row.getCell(4)).getDoubleValue(), 0.1);
            assertEquals(((DoubleValue)row.getCell(3)).getDoubleValue(),
                ((DoubleValue)row.getCell(5)).getDoubleValue(), 0.1);
        }
    }

    @Test
    void theDialogShowsEverySetting() throws Exception {
        DialogCheck.assertDialogSavesEverySetting(predictor(false),
            (DefaultNodeSettingsPane)new PredictorNodeFactory().createNodeDialogPane(),
            new PortObjectSpec[]{s_model.getSpec(), blobs(2, 1).getDataTableSpec()});
    }

    @Test
    void clashingNamesGetASuffix() throws Exception {
        final DataTableSpec in = new DataTableSpec(number("x1"), number("x2"), number("x3"), number("x4"),
            nominal("Prediction (class)", "z"));
        final DataTableSpec out =
            (DataTableSpec)predictor(false).configure(new PortObjectSpec[]{s_model.getSpec(), in})[0];
        assertEquals("Prediction (class) (#1)", out.getColumnSpec(5).getName());
        assertEquals(6, out.getNumColumns());
    }

    @Test
    void aMissingOrNonNumericFeatureColumnFailsConfigure() throws InvalidSettingsException {
        final PredictorNodeModel model = predictor(true);
        final String missingColumn = assertThrows(InvalidSettingsException.class, () -> model.configure(
            new PortObjectSpec[]{s_model.getSpec(), new DataTableSpec(number("x1"), number("x2"), number("x4"))}))
            .getMessage();
        assertTrue(missingColumn.contains("'x3' the model was trained on is missing"), missingColumn);
        final String wrongType = assertThrows(InvalidSettingsException.class, () -> model.configure(
            new PortObjectSpec[]{s_model.getSpec(), new DataTableSpec(number("x1"), number("x2"),
                nominal("x3", "u"), number("x4"))})).getMessage();
        assertTrue(wrongType.contains("'x3'") && wrongType.contains("must be numeric"), wrongType);
    }

    @Test
    void rowsWithMissingFeaturesGetMissingPredictions() throws Exception {
        BufferedDataTable table = withCell(blobs(20, 12), 0, 1, missing());
        table = withCell(table, 19, 3, missing());
        final BufferedDataTable out = predict(predictor(true), table);
        final List<Boolean> missingPredictions = new ArrayList<>();
        for (final DataRow row : out) {
            missingPredictions.add(row.getCell(5).isMissing());
            assertEquals(row.getCell(5).isMissing(), row.getCell(6).isMissing());
        }
        assertTrue(missingPredictions.get(0) && missingPredictions.get(19));
        assertFalse(missingPredictions.subList(1, 19).contains(true));
        assertTrue(m_warnings.get(m_warnings.size() - 1).contains("2 of 20 rows"), m_warnings.toString());
    }
}
