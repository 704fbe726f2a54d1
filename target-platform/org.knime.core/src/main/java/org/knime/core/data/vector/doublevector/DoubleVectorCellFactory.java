package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;

/**
 * Stand-in for KNIME's factory of double vector cells (its interface {@code DataCellFactory} and
 * {@code getDataType()} left out).
 */
public class DoubleVectorCellFactory {

    /** The type of dense double vector columns. */
    public static final DataType TYPE = DataType.getType(DenseDoubleVectorCell.class, DoubleCell.TYPE);

    /**
     * As in KNIME, the second type parameter only shadows the value's name; the result is a dense vector cell.
     *
     * @param vector the values; the array is taken over, not copied
     * @return a cell
     */
    @SuppressWarnings("unchecked")
    public static <T extends DataCell, DoubleVectorValue> T createCell(final double[] vector) {
        return (T)new DenseDoubleVectorCell(vector);
    }
}
