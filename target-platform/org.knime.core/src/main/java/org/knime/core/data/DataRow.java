package org.knime.core.data;

/** Stand-in for KNIME's table row: a key and a fixed number of cells. */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row's key */
    RowKey getKey();

    /** @return the cell at the index */
    DataCell getCell(int index);
}
