package org.knime.core.data.collection;

import org.knime.core.data.DataCell;

/** Stand-in for KNIME's collection value whose elements have positions. */
public interface ListDataValue extends CollectionDataValue {

    /**
     * @param index the position, from 0
     * @return the element at the position
     */
    DataCell get(final int index);
}
