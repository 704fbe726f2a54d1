package org.knime.core.data.container;

import org.knime.core.data.RowIterator;

/** Stand-in for KNIME's row iterator that holds resources (e.g. an open file) until closed. */
public abstract class CloseableRowIterator extends RowIterator implements AutoCloseable {

    /** Releases what the iterator holds; it returns no rows afterwards. */
    @Override
    public abstract void close();
}
