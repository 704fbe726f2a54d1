package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;

/** Stand-in for KNIME's cell of an int (KNIME's also implements the long, complex and fuzzy number values). */
public final class IntCell extends DataCell implements IntValue, DoubleValue {

    private static final long serialVersionUID = 1L;

    /** The type of integer columns. */
    public static final DataType TYPE = DataType.getType(IntCell.class);

    private final int m_int;

    /** @param i the value */
    public IntCell(final int i) {
        m_int = i;
    }

    @Override
    public int getIntValue() {
        return m_int;
    }

    @Override
    public double getDoubleValue() {
        return m_int;
    }

    @Override
    public String toString() {
        return Integer.toString(m_int);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((IntCell)dc).m_int == m_int;
    }

    @Override
    public int hashCode() {
        return m_int;
    }
}
