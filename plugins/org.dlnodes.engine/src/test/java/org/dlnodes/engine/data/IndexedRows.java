package org.dlnodes.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Rows that say where they are stored, for tests of passes that reorder or filter rows. */
final class IndexedRows {

    private IndexedRows() {
    }

    /**
     * @param rows the number of rows
     * @param width the number of features; wide rows make the streaming wrappers read several chunks
     * @return rows whose features start (i, -i) and whose target is 2 i, for row i
     */
    static InMemoryDataSource of(final int rows, final int width) {
        final float[][] x = new float[rows][width];
        final float[][] y = new float[rows][1];
        for (int i = 0; i < rows; i++) {
            x[i][0] = i;
            x[i][1] = -i;
            y[i][0] = 2 * i;
        }
        return InMemoryDataSource.of(x, y);
    }

    /**
     * Reads {@code rows} rows of a pass in batches of {@code batchSize} (the last one smaller), checking that every
     * row arrives whole (its features and target together).
     *
     * @return the stored positions of the rows, in the order read
     */
    static int[] read(final BatchReader reader, final int rows, final int width, final int batchSize) {
        final int[] positions = new int[rows];
        for (int first = 0; first < rows; first += batchSize) {
            final int count = Math.min(batchSize, rows - first);
            final INDArray x = Nd4j.createUninitialized(DataType.FLOAT, count, width);
            final INDArray y = Nd4j.createUninitialized(DataType.FLOAT, count, 1);
            reader.read(x, y);
            for (int r = 0; r < count; r++) {
                final float position = x.getFloat(r, 0);
                assertEquals(-position, x.getFloat(r, 1), 0, "features of one row");
                assertEquals(2 * position, y.getFloat(r, 0), 0, "the row's own target");
                positions[first + r] = (int)position;
            }
        }
        return positions;
    }

    /** @return all positions of a pass over {@code data} */
    static int[] readAll(final DataSource data, final int width, final int batchSize) {
        try (BatchReader reader = data.open(null)) {
            return read(reader, data.rowCount(), width, batchSize);
        }
    }
}
