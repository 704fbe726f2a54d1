package org.knime.core.data;

/** Stand-in for KNIME's table: a spec and rows read by an iterator. */
public interface DataTable extends Iterable<DataRow> {

    /** @return the table's spec */
    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
