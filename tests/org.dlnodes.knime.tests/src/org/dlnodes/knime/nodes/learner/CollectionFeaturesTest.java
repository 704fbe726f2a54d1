package org.dlnodes.knime.nodes.learner;

import static org.dlnodes.knime.data.TestTables.classifier;
import static org.dlnodes.knime.data.TestTables.nominal;
import static org.dlnodes.knime.data.TestTables.number;
import static org.dlnodes.knime.data.TestTables.table;
import static org.dlnodes.knime.data.TestTables.withCell;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.dlnodes.knime.nodes.learner.TrainedModels.collections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.knime.data.FeatureColumn;
import org.dlnodes.knime.data.FeatureColumn.Kind;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;

/** The Learner takes list and vector columns of numbers as features, one input per element. */
class CollectionFeaturesTest {

    private static LearnerNodeModel learner() throws InvalidSettingsException {
        return withSettings(new LearnerNodeFactory().createNodeModel(), s -> s.addInt("epochs", 2));
    }

    @Test
    void listAndVectorColumnsFeedTheirElementsAsConsecutiveInputs() throws Exception {
        final TrainedModelPortObject trained = TrainedModels.collectionsClassifier();
        final TrainedModelPortObjectSpec spec = trained.getSpec();
        assertEquals(List.of(new FeatureColumn("list", Kind.COLLECTION, 2), new FeatureColumn("vector", Kind.VECTOR,
            3), new FeatureColumn("x", Kind.NUMBER, 1)), spec.featureLayout());
        assertEquals(6, spec.network().inputFeatures());
        assertEquals(List.of("list[0]", "list[1]", "vector[0]", "vector[1]", "vector[2]", "x"),
            trained.model().mapping().featureNames());
        assertEquals(6, trained.model().mapping().offsets().size(), "each element standardized on its own");
    }

    @Test
    void configureLeavesTheWidthsOfCollectionsToTheRows() throws Exception {
        final TrainedModelPortObjectSpec spec = (TrainedModelPortObjectSpec)LearnerNodeModelTest.configure(learner(),
            classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), TrainedModels.collectionsSpec())[0];
        assertEquals(List.of(new FeatureColumn("list", Kind.COLLECTION, FeatureColumn.UNKNOWN),
            new FeatureColumn("vector", Kind.VECTOR, FeatureColumn.UNKNOWN), new FeatureColumn("x", Kind.NUMBER, 1)),
            spec.featureLayout());
        assertFalse(spec.network().hasInputFeatures());
    }

    @Test
    void aVectorWhoseElementsAreNamedHasItsWidthAtConfigure() throws Exception {
        final DataColumnSpecCreator vector = new DataColumnSpecCreator(TrainedModels.collectionsSpec()
            .getColumnSpec("vector"));
        vector.setElementNames(new String[]{"v0", "v1", "v2"});
        final DataTableSpec table = new DataTableSpec(vector.createSpec(), number("x"), nominal("class", "a", "b"));
        final TrainedModelPortObjectSpec spec = (TrainedModelPortObjectSpec)LearnerNodeModelTest.configure(learner(),
            classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), table)[0];
        assertEquals(List.of(new FeatureColumn("vector", Kind.VECTOR, 3), new FeatureColumn("x", Kind.NUMBER, 1)),
            spec.featureLayout());
        assertEquals(4, spec.network().inputFeatures());
        final String input = assertThrows(InvalidSettingsException.class, () -> LearnerNodeModelTest.configure(
            learner(), classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY).withInputFeatures(3), table)).getMessage();
        assertTrue(input.contains("expects 3 features but the selected feature columns give 4"), input);
    }

    @Test
    void aRowOfAnotherWidthFailsNamingTheColumnAndTheRow() throws InvalidSettingsException {
        final var table = withCell(collections(40, 1), 7, 0,
            CollectionCellFactory.createListCell(List.of(new DoubleCell(1), new DoubleCell(2), new DoubleCell(3))));
        final Exception e = assertThrows(IllegalArgumentException.class,
            () -> LearnerNodeModelTest.train(learner(), classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), table));
        assertTrue(e.getMessage().contains("Row 'Row7': the feature column 'list' holds 3 values, but 2 are"
            + " expected"), e.getMessage());
    }

    @Test
    void aCollectionOfTextIsNoFeature() throws InvalidSettingsException {
        final DataTableSpec spec = new DataTableSpec(number("x"),
            new DataColumnSpecCreator("words", ListCell.getCollectionType(StringCell.TYPE)).createSpec(),
            nominal("class", "a", "b"));
        final var table = table(spec, List.of(new DefaultRow(RowKey.createRowKey(0), new DoubleCell(1),
            CollectionCellFactory.createListCell(List.of(new StringCell("w"))), new StringCell("a"))));
        final Exception e = assertThrows(InvalidSettingsException.class, () -> LearnerNodeModelTest
            .configure(learner(), classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), table.getDataTableSpec()));
        assertTrue(e.getMessage().contains("'words' selected is of type List of String in the input table but"
            + " must be numeric, a collection of numbers or a double vector"), e.getMessage());
    }
}
