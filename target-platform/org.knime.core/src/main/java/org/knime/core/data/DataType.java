package org.knime.core.data;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.collection.CollectionDataValue;

/**
 * Stand-in for KNIME's column type: a cell class, compatible with the value interfaces that class implements, and for
 * collection cells the type of their elements. (KNIME also knows preferred values and renderers; the stand-in does
 * not.)
 */
public final class DataType {

    private static final Map<Key, DataType> TYPES = new ConcurrentHashMap<>();

    private final Class<? extends DataCell> m_cellClass;

    private final DataType m_collectionElementType;

    /** A type's identity: the cell class and, for collections, the element type (null otherwise). */
    private record Key(Class<? extends DataCell> cellClass, DataType elementType) {
    }

    private DataType(final Key key) {
        m_cellClass = key.cellClass();
        m_collectionElementType = key.elementType();
    }

    /** @return the type of cells of the class */
    public static DataType getType(final Class<? extends DataCell> cell) {
        return TYPES.computeIfAbsent(new Key(cell, null), DataType::new);
    }

    /**
     * @param cellImplementsCollectionDataValue a collection cell class
     * @param collectionElementType the type of its elements
     * @return the type of such collections
     * @throws IllegalArgumentException if the class is no collection
     */
    public static DataType getType(final Class<? extends DataCell> cellImplementsCollectionDataValue,
        final DataType collectionElementType) {
        if (!CollectionDataValue.class.isAssignableFrom(cellImplementsCollectionDataValue)) {
            throw new IllegalArgumentException("Cell class " + cellImplementsCollectionDataValue.getSimpleName()
                + " does not implement " + CollectionDataValue.class.getSimpleName());
        }
        return TYPES.computeIfAbsent(new Key(cellImplementsCollectionDataValue, collectionElementType),
            DataType::new);
    }

    /** @return the type of a collection's elements, null if this type is no collection */
    public DataType getCollectionElementType() {
        return m_collectionElementType;
    }

    /** @return whether this type is a collection's (then it has an element type) */
    public boolean isCollectionType() {
        return m_collectionElementType != null;
    }

    /** @return the cell standing for a missing value, in a column of any type */
    public static DataCell getMissingCell() {
        return MissingValueCell.INSTANCE;
    }

    /** @return whether cells of this type hold values of the class, e.g. numbers for {@link DoubleValue} */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    /** @return the cell class (stand-in only) */
    Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType type && type.m_cellClass == m_cellClass
            && Objects.equals(type.m_collectionElementType, m_collectionElementType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_cellClass, m_collectionElementType);
    }

    @Override
    public String toString() {
        final String name = m_cellClass.getSimpleName().replaceFirst("Cell$", "");
        return isCollectionType() ? name + " of " + m_collectionElementType : name;
    }
}
