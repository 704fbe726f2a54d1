package org.knime.core.data;

import java.io.Serializable;

import org.knime.core.data.collection.CollectionDataValue;

/** Stand-in for KNIME's cell: a value of a table, possibly missing; equal cells have equal type and content. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    protected DataCell() {
        // subclasses hold the content
    }

    /** @return the type of this cell, from its class (and, for a collection, the type of its elements) */
    public final DataType getType() {
        return this instanceof CollectionDataValue collection
            ? DataType.getType(getClass(), collection.getElementType()) : DataType.getType(getClass());
    }

    /** @return whether this cell stands for a missing value */
    public final boolean isMissing() {
        return this instanceof MissingValueCell;
    }

    @Override
    public abstract String toString();

    /** @return whether the content equals that of a cell of the same class */
    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public abstract int hashCode();

    @Override
    public final boolean equals(final Object o) {
        return o == this || o != null && o.getClass() == getClass() && equalsDataCell((DataCell)o);
    }
}
