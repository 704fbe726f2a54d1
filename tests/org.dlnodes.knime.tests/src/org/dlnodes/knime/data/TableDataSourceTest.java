package org.dlnodes.knime.data;

import static org.dlnodes.knime.data.TestTables.blobs;
import static org.dlnodes.knime.data.TestTables.classifier;
import static org.dlnodes.knime.data.TestTables.missing;
import static org.dlnodes.knime.data.TestTables.withCell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.train.History;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingListener;
import org.dlnodes.engine.train.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** A table read through the engine's streaming interface: usable rows in order, one-hot targets, standardization. */
class TableDataSourceTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
    }

    @Test
    void readsTheUsableRowsInOrderAcrossChunks() throws Exception {
        final BufferedDataTable table = withCell(blobs(5000, 21), 4500, 0, missing());
        final FeatureColumns features = FeatureColumns.find(table.getDataTableSpec(), List.of("x2", "x1"), "selected");
        final TargetEncoding target = TargetEncoding.of(classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY)
            .withInputFeatures(2), List.of(table.getDataTableSpec().getColumnSpec(4)));
        final RowConverter converter = new RowConverter(features, new int[]{4}, target, null, null);
        final TableScan scan = TableScan.of(table, converter, true, new ExecutionMonitor());
        assertEquals(4999, scan.usableRows());
        assertEquals(1, scan.skippedRows());

        final TableCopy copy = TableCopy.of(table, converter, true, new ExecutionMonitor());
        assertEquals(4999, copy.scan().usableRows());
        assertEquals(1, copy.scan().skippedRows());
        assertArrayEquals(scan.means(), copy.scan().means(), "the same statistics in one pass");
        assertArrayEquals(scan.deviations(), copy.scan().deviations());
        final InMemoryDataSource rows = copy.source();
        assertEquals(4999, rows.rowCount());
        final float[][] first = new float[4999][];
        final float[][] targets = new float[4999][];
        try (var reader = rows.open(null)) {
            final var x = Nd4j.create(DataType.FLOAT, 4999, 2);
            final var y = Nd4j.create(DataType.FLOAT, 4999, 2);
            reader.read(x, y);
            System.arraycopy(x.toFloatMatrix(), 0, first, 0, 4999);
            System.arraycopy(y.toFloatMatrix(), 0, targets, 0, 4999);
        }
        int i = 0;
        for (final DataRow row : table) {
            if (row.getCell(0).isMissing()) {
                continue;
            }
            assertArrayEquals(new float[]{(float)((DoubleValue)row.getCell(1)).getDoubleValue(),
                (float)((DoubleValue)row.getCell(0)).getDoubleValue()}, first[i], "row " + i);
            assertArrayEquals(row.getCell(4).toString().equals("a") ? new float[]{1, 0} : new float[]{0, 1},
                targets[i], "row " + i);
            i++;
        }
        assertEquals(1.0, standardDeviation(table, converter.standardized(scan.means(), scan.deviations())), 1e-3);
    }

    @Test
    void standardizesTheCopyAsTheConverterDoesRowByRow() throws Exception {
        final BufferedDataTable table = blobs(300, 29);
        final FeatureColumns features = FeatureColumns.find(table.getDataTableSpec(), List.of("x1", "x3"), "selected");
        final RowConverter raw = new RowConverter(features, null, null, null, null);
        final TableCopy copy = TableCopy.of(table, raw, true, new ExecutionMonitor());
        final TableScan scan = copy.scan();
        final float[][] standardized = copy.standardize(scan.means(), scan.deviations()).features().toFloatMatrix();
        final RowConverter converter = raw.standardized(scan.means(), scan.deviations());
        final float[] expected = new float[2];
        int i = 0;
        for (final DataRow row : table) {
            converter.convert(row, expected, null, 0);
            assertArrayEquals(expected, standardized[i++], 1e-6f, "row " + i);
        }
        assertEquals(300, i);
    }

    private static double standardDeviation(final BufferedDataTable table, final RowConverter converter)
        throws Exception {
        final TableScan scan = TableScan.of(table, converter, true, new ExecutionMonitor());
        assertEquals(0, scan.means()[0], 1e-4);
        return scan.deviations()[0];
    }

    @Test
    void theEngineTrainsOnAStreamedTable() {
        final BufferedDataTable table = blobs(200, 23);
        final NetworkSpec network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY).withInputFeatures(4);
        final RowConverter converter = new RowConverter(FeatureColumns.find(table.getDataTableSpec(),
            List.of("x1", "x2", "x3", "x4"), "selected"), new int[]{4},
            TargetEncoding.of(network, List.of(table.getDataTableSpec().getColumnSpec(4))), null, null);
        final TableDataSource source = new TableDataSource(table, converter, 200);
        final History history = new Trainer(TrainingSettings.builder().epochs(5).batchSize(16).shuffle(true).build())
            .fit(Network.create(network, 3), source, source, TrainingListener.NONE).history();
        assertEquals(5, history.epochs().size(), "shuffling is skipped for a source without random access");
        assertTrue(history.metric("val_accuracy")[4] > 0.95, "val_accuracy " + history.metric("val_accuracy")[4]);
    }

    @Test
    void aStreamedTableIsReadInItsStoredOrderOnly() {
        final BufferedDataTable table = blobs(10, 22);
        final TableDataSource source = new TableDataSource(table, new RowConverter(
            FeatureColumns.find(table.getDataTableSpec(), List.of("x1"), "selected"), null, null, null, null), 10);
        assertEquals(false, source.randomAccess());
        assertThrows(IllegalArgumentException.class, () -> source.open(new int[10]));
    }
}
