package org.knime.core.data.vector.doublevector;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.collection.CollectionDataValue;
import org.knime.core.data.def.DoubleCell;

/** Stand-in for KNIME's dense double vector, also a collection of double cells as in KNIME. */
public class DenseDoubleVectorCell extends DataCell implements DoubleVectorValue, CollectionDataValue {

    private static final long serialVersionUID = 1L;

    private final double[] m_doubleVector;

    /** Created by {@link DoubleVectorCellFactory}; the array is taken over. */
    DenseDoubleVectorCell(final double[] doubleVector) {
        m_doubleVector = Objects.requireNonNull(doubleVector);
    }

    @Override
    public int getLength() {
        return m_doubleVector.length;
    }

    @Override
    public double getValue(final int index) {
        return m_doubleVector[index];
    }

    @Override
    public int size() {
        return getLength();
    }

    @Override
    public DataType getElementType() {
        return DoubleCell.TYPE;
    }

    @Override
    public boolean containsBlobWrapperCells() {
        return false;
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.stream(m_doubleVector).mapToObj(d -> (DataCell)new DoubleCell(d)).iterator();
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_doubleVector);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Arrays.equals(m_doubleVector, ((DenseDoubleVectorCell)dc).m_doubleVector);
    }

    @Override
    public String toString() {
        return Arrays.toString(m_doubleVector);
    }
}
