package org.knime.core.data.collection;

import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;

/** Stand-in for KNIME's value of a collection of cells (the nested {@code UTILITY} factory left out). */
public interface CollectionDataValue extends DataValue, CellCollection {

    /** @return the common type of the elements, never null */
    DataType getElementType();

    /** @return the number of elements */
    int size();
}
