package org.dlnodes.knime.nodes.learner;

import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.number;
import static org.dlnodes.knime.data.TestTables.table;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** A numeric target makes a regression: the Learner reports mae and the model predicts numbers. */
class RegressionWorkflowTest {

    private static BufferedDataTable linear(final int rows, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<DataRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            final double a = random.nextDouble(-1, 1);
            final double b = random.nextDouble(-1, 1);
            list.add(new DefaultRow(RowKey.createRowKey(i), new DoubleCell(a), new DoubleCell(b),
                new DoubleCell(2 * a - b + 0.5)));
        }
        return table(new DataTableSpec(number("a"), number("b"), number("y")), list);
    }

    /** @return the val_mae of the last epoch after executing the configured Learner */
    private static double finalValidationMae(final LearnerNodeModel model, final NetworkSpec network,
        final BufferedDataTable table) throws Exception {
        final PortObject[] out =
            model.execute(new PortObject[]{new NetworkSpecPortObject(network), table, null}, exec());
        final BufferedDataTable curve = (BufferedDataTable)out[1];
        final int column = curve.getDataTableSpec().findColumnIndex("val_mae");
        double mae = Double.NaN;
        for (final DataRow row : curve) {
            mae = ((DoubleValue)row.getCell(column)).getDoubleValue();
        }
        return mae;
    }

    @Test
    void aNumericTargetTrainsARegression() throws Exception {
        final LearnerNodeModel model = withSettings(new LearnerNodeFactory().createNodeModel(), s -> {
            s.addString("target_column", "y");
            s.addInt("epochs", 60);
            s.addInt("batch_size", 16);
        });
        final NetworkSpec network = TrainedModels.linearRegression(1);
        final BufferedDataTable table = linear(300, 31);
        final PortObjectSpec[] specs = model.configure(
            new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network), table.getDataTableSpec(), null});
        assertArrayEquals(new String[]{"epoch", "loss", "mae", "val_loss", "val_mae", "learning_rate", "seconds"},
            ((DataTableSpec)specs[1]).getColumnNames());
        assertEquals(List.of("a", "b"), ((TrainedModelPortObjectSpec)specs[0]).featureColumns(),
            "the numeric target is no feature");
        final double mae = finalValidationMae(model, network, table);
        assertTrue(mae < 0.05, "val_mae " + mae);
    }

    @Test
    void severalNumericTargetsTrainOneOutputEach() throws Exception {
        final BufferedDataTable table = TrainedModels.sumAndDifference(300, 5);
        final LearnerNodeModel model = TrainedModels.sumAndDifferenceLearner();
        final NetworkSpec oneOutput = TrainedModels.linearRegression(1);
        final String units = assertThrows(InvalidSettingsException.class, () -> model.configure(
            new PortObjectSpec[]{new NetworkSpecPortObjectSpec(oneOutput), table.getDataTableSpec(), null}))
            .getMessage();
        assertTrue(units.contains("are 2 numeric target columns [sum, difference]")
            && units.contains("set the units of the last Dense layer to 2"), units);

        final NetworkSpec network = TrainedModels.linearRegression(2);
        final TrainedModelPortObjectSpec spec = (TrainedModelPortObjectSpec)model.configure(
            new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network), table.getDataTableSpec(), null})[0];
        assertEquals(List.of("a", "b"), spec.featureColumns());
        assertEquals(List.of("sum", "difference"), spec.targetColumns());
        final double mae = finalValidationMae(model, network, table);
        assertTrue(mae < 0.05, "val_mae " + mae);
    }

    @Test
    void aDivergingLossFailsTheNodeOrWarnsAsTerminateOnNaNSays() throws Exception {
        final NetworkSpec diverging = NetworkSpec.builder().dense(1, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR)
            .optimizer(OptimizerSpec.builder(OptimizerType.SGD).learningRate(1e10).build()).build();
        final BufferedDataTable table = linear(200, 3);
        for (final boolean terminate : new boolean[]{true, false}) {
            final String[] warning = new String[1];
            final LearnerNodeModel model = withSettings(new LearnerNodeFactory().createNodeModel(), s -> {
                s.addString("target_column", "y");
                s.addInt("epochs", 5);
                s.addBoolean("terminate_on_nan", terminate);
            });
            model.addWarningListener(w -> warning[0] = w);
            model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(diverging), table.getDataTableSpec(),
                null});
            final PortObject[] in = {new NetworkSpecPortObject(diverging), table, null};
            if (terminate) {
                final String message = assertThrows(IllegalStateException.class, () -> model.execute(in, exec()))
                    .getMessage();
                assertTrue(message.startsWith("The loss became") && message.contains("Lower the learning rate"),
                    message);
            } else {
                model.execute(in, exec());
                assertTrue(warning[0].startsWith("The loss became"), warning[0]);
            }
        }
    }

    @Test
    void aClassLossOnANumericTargetNamesTheFix() throws InvalidSettingsException {
        final LearnerNodeModel model =
            withSettings(new LearnerNodeFactory().createNodeModel(), s -> s.addString("target_column", "y"));
        final NetworkSpec network = NetworkSpec.builder().dense(1, ActivationType.SIGMOID)
            .loss(LossType.BINARY_CROSS_ENTROPY).optimizer(OptimizerSpec.builder(OptimizerType.ADAM).build()).build();
        final String message = assertThrows(InvalidSettingsException.class,
            () -> model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network),
                linear(3, 1).getDataTableSpec(), null})).getMessage();
        assertTrue(message.contains("predicts classes, but the target column 'y' is not nominal"), message);
    }
}
