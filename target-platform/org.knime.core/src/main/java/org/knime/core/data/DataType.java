package org.knime.core.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for KNIME's column type: a cell class, compatible with the value interfaces that class implements. (KNIME
 * also knows collection types, preferred values and renderers; the stand-in does not.)
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private final Class<? extends DataCell> m_cellClass;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
    }

    /** @return the type of cells of the class */
    public static DataType getType(final Class<? extends DataCell> cell) {
        return TYPES.computeIfAbsent(cell, DataType::new);
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
        return other instanceof DataType type && type.m_cellClass == m_cellClass;
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }

    @Override
    public String toString() {
        return m_cellClass.getSimpleName().replaceFirst("Cell$", "");
    }
}
