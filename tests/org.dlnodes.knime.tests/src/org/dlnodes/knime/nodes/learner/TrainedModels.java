package org.dlnodes.knime.nodes.learner;

import static org.dlnodes.knime.data.TestTables.blobs;
import static org.dlnodes.knime.data.TestTables.classifier;
import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.nominal;
import static org.dlnodes.knime.data.TestTables.number;
import static org.dlnodes.knime.data.TestTables.table;
import static org.dlnodes.knime.data.TestTables.withSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Tables and models trained by the Learner node, for the Learner's, Predictor's and port's tests. */
public final class TrainedModels {

    private TrainedModels() {
    }

    /** @return rows of a, sum = a + b, b, difference = a - b, for a and b uniform in [-1, 1], seeded */
    public static BufferedDataTable sumAndDifference(final int rows, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<DataRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            final double a = random.nextDouble(-1, 1);
            final double b = random.nextDouble(-1, 1);
            list.add(new DefaultRow(RowKey.createRowKey(i), new DoubleCell(a), new DoubleCell(a + b),
                new DoubleCell(b), new DoubleCell(a - b)));
        }
        return table(new DataTableSpec(number("a"), number("sum"), number("b"), number("difference")), list);
    }

    /** @return a linear network with the outputs, MSE and Adam 0.05 */
    public static NetworkSpec linearRegression(final int outputs) {
        return NetworkSpec.builder().dense(outputs, ActivationType.LINEAR).loss(LossType.MEAN_SQUARED_ERROR)
            .optimizer(OptimizerSpec.builder(OptimizerType.ADAM).learningRate(0.05).build()).build();
    }

    static LearnerNodeModel sumAndDifferenceLearner() throws InvalidSettingsException {
        return withSettings(new LearnerNodeFactory().createNodeModel(), s -> {
            s.addString("target_column", "sum");
            s.addString("more_target_columns", " difference ");
            s.addInt("epochs", 60);
            s.addInt("batch_size", 16);
        });
    }

    /** @return a regression of sum and difference from a and b */
    public static TrainedModelPortObject sumAndDifferenceRegression() throws Exception {
        final LearnerNodeModel model = sumAndDifferenceLearner();
        final BufferedDataTable table = sumAndDifference(300, 5);
        model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(linearRegression(2)), table.getDataTableSpec(),
            null});
        return (TrainedModelPortObject)model.execute(
            new PortObject[]{new NetworkSpecPortObject(linearRegression(2)), table, null}, exec())[0];
    }

    /** @return the spec of {@link #collections}: "list" (2 numbers), "vector" (3 numbers), "x" and "class" a/b */
    public static DataTableSpec collectionsSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("list", ListCell.getCollectionType(DoubleCell.TYPE))
            .createSpec(), new DataColumnSpecCreator("vector", DoubleVectorCellFactory.TYPE).createSpec(), number("x"),
            nominal("class", "a", "b"));
    }

    /**
     * @return rows whose class ("a" around -1, "b" around +1) shows in a list of 2 numbers, a vector of 3 numbers
     *         and a number, alternating classes, seeded
     */
    public static BufferedDataTable collections(final int rows, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<DataRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            final double centre = i % 2 == 1 ? 1 : -1;
            final double[] values = random.doubles(6, centre - 0.8, centre + 0.8).toArray();
            list.add(new DefaultRow(RowKey.createRowKey(i),
                CollectionCellFactory.createListCell(List.of(new DoubleCell(values[0]), new DoubleCell(values[1]))),
                DoubleVectorCellFactory.createCell(new double[]{values[2], values[3], values[4]}),
                new DoubleCell(values[5]), new StringCell(centre > 0 ? "b" : "a")));
        }
        return table(collectionsSpec(), list);
    }

    /** @return a classifier of {@link #collections}' classes from its list, vector and number, trained 15 epochs */
    public static TrainedModelPortObject collectionsClassifier() throws Exception {
        return train(collections(200, 3));
    }

    /** @return a classifier of the blobs' classes "a"/"b" from x1..x4, trained 15 epochs */
    public static TrainedModelPortObject blobsClassifier() throws Exception {
        return train(blobs(200, 7));
    }

    /** @return a classifier of the table's last column, "a" or "b", from the others, trained 15 epochs */
    static TrainedModelPortObject train(final BufferedDataTable table) throws Exception {
        final LearnerNodeModel model =
            withSettings(new LearnerNodeFactory().createNodeModel(), s -> s.addInt("epochs", 15));
        final var network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network), table.getDataTableSpec(), null});
        return (TrainedModelPortObject)model.execute(new PortObject[]{new NetworkSpecPortObject(network), table, null},
            exec())[0];
    }
}
