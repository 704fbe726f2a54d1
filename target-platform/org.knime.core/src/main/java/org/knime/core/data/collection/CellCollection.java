package org.knime.core.data.collection;

import org.knime.core.data.DataCell;

/** Stand-in for KNIME's cells that hold other cells. */
public interface CellCollection extends Iterable<DataCell> {

    /** @return whether blob wrapper cells are among the elements (never in the stand-in, which has no blobs) */
    boolean containsBlobWrapperCells();
}
