package org.dlnodes.knime.nodes.predictor;

import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.withCell;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.dlnodes.knime.nodes.learner.TrainedModels.collections;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.knime.nodes.learner.TrainedModels;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** The Predictor finds a model's list and vector feature columns by name and expands them as the Learner did. */
class CollectionPredictionTest {

    private static TrainedModelPortObject s_model;

    @BeforeAll
    static void train() throws Exception {
        s_model = TrainedModels.collectionsClassifier();
    }

    private static PredictorNodeModel predictor() throws InvalidSettingsException {
        return withSettings(new PredictorNodeFactory().createNodeModel(), s -> s.addInt("batch_size", 7));
    }

    private static BufferedDataTable predict(final BufferedDataTable table) throws Exception {
        final PredictorNodeModel model = predictor();
        model.configure(new PortObjectSpec[]{s_model.getSpec(), table.getDataTableSpec()});
        return (BufferedDataTable)model.execute(new PortObject[]{s_model, table}, exec())[0];
    }

    @Test
    void predictsFromTheListAndVectorColumns() throws Exception {
        final BufferedDataTable out = predict(collections(60, 9));
        int correct = 0;
        for (final DataRow row : out) {
            correct += ((StringValue)row.getCell(4)).getStringValue().equals(row.getCell(3).toString()) ? 1 : 0;
        }
        assertTrue(correct >= 57, correct + " of 60 correct");
    }

    @Test
    void aVectorOfAnotherWidthFailsNamingTheColumnAndTheRow() {
        final BufferedDataTable table =
            withCell(collections(20, 2), 4, 1, DoubleVectorCellFactory.createCell(new double[]{1, 2, 3, 4}));
        final Exception e = assertThrows(IllegalArgumentException.class, () -> predict(table));
        assertTrue(e.getMessage().contains("Row 'Row4': the feature column 'vector' holds 4 values, but 3 are"
            + " expected"), e.getMessage());
    }

    @Test
    void aColumnOfAnotherKindFailsConfigure() throws InvalidSettingsException {
        // the list and the vector column swap names: both hold numbers, but not as the model expects
        final DataTableSpec spec = collections(1, 1).getDataTableSpec();
        final List<DataColumnSpec> columns = new ArrayList<>();
        for (final DataColumnSpec column : spec) {
            final String name = column.getName();
            columns.add(new DataColumnSpecCreator(name.equals("list") ? "vector" : name.equals("vector") ? "list"
                : name, column.getType()).createSpec());
        }
        final DataTableSpec swapped = new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
        final PredictorNodeModel model = predictor();
        final String message = assertThrows(InvalidSettingsException.class,
            () -> model.configure(new PortObjectSpec[]{s_model.getSpec(), swapped})).getMessage();
        assertTrue(message.contains("'list' the model was trained on is of type DenseDoubleVector of Double in the"
            + " input table but must be a collection of numbers of 2 values"), message);
    }
}
