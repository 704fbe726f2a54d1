package org.dlnodes.knime.data;

import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;

/**
 * A feature column and how many network inputs it feeds: a number feeds one; a list or set of numbers, or a double
 * vector, feeds its elements as consecutive inputs. A collection's width is in KNIME's column spec only where the
 * column names its elements; otherwise it is {@link #UNKNOWN} until a row of the table fixes it.
 *
 * @param name the column name
 * @param kind how its cells become inputs
 * @param width the number of inputs, {@link #UNKNOWN} before the table is read
 */
public record FeatureColumn(String name, Kind kind, int width) {

    /** The width of a collection column before a row is read. */
    public static final int UNKNOWN = -1;

    /** How a column's cells become inputs; the names are saved with the trained model. */
    public enum Kind {
        /** One number. */
        NUMBER("numeric"),
        /** A double vector, read by position. */
        VECTOR("a double vector"),
        /** A list or set of numbers, read in its iteration order. */
        COLLECTION("a collection of numbers");

        private final String m_description;

        Kind(final String description) {
            m_description = description;
        }

        /** @return for messages, e.g. "a double vector" */
        public String description() {
            return m_description;
        }

        /**
         * @param type a column type
         * @return the kind of such columns, null if their cells cannot become inputs
         */
        static Kind of(final DataType type) {
            if (type.isCompatible(DoubleValue.class)) {
                return NUMBER;
            }
            if (type.isCompatible(DoubleVectorValue.class)) { // before collections: KNIME's vectors are both
                return VECTOR;
            }
            if (type.isCollectionType() && type.getCollectionElementType().isCompatible(DoubleValue.class)) {
                return COLLECTION;
            }
            return null;
        }
    }

    /**
     * @param column a column's spec
     * @return the feature column with its width where the spec fixes it, null if the column cannot feed inputs
     */
    public static FeatureColumn of(final DataColumnSpec column) {
        final Kind kind = Kind.of(column.getType());
        if (kind == null) {
            return null;
        }
        return new FeatureColumn(column.getName(), kind, kind == Kind.NUMBER ? 1 : elementCount(column));
    }

    /**
     * Some collection columns name their positions in the spec, which fixes their width before any row is read; a
     * single name equal to the column's is how KNIME marks a column without element names.
     */
    private static int elementCount(final DataColumnSpec column) {
        final List<String> names = column.getElementNames();
        return names.isEmpty() || names.equals(List.of(column.getName())) ? UNKNOWN : names.size();
    }

    /** @return whether the width is known */
    public boolean hasWidth() {
        return width != UNKNOWN;
    }

    /** @return the same column with another width */
    FeatureColumn withWidth(final int newWidth) {
        return new FeatureColumn(name, kind, newWidth);
    }
}
