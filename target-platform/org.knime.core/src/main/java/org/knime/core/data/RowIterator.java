package org.knime.core.data;

import java.util.Iterator;

/** Stand-in for KNIME's iterator over the rows of a table. */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();

    /** Rows of a table cannot be removed. */
    @Override
    public final void remove() {
        throw new UnsupportedOperationException("Can't remove row from table.");
    }
}
