package org.knime.core.data.collection;

import java.util.Collection;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Stand-in for KNIME's factory of collection cells (list cells only). */
public final class CollectionCellFactory {

    private CollectionCellFactory() {
    }

    /**
     * @param coll the elements, in order
     * @return a list cell holding them
     * @throws NullPointerException if the collection is or holds null
     * @throws UnsupportedOperationException if the elements are of different types: KNIME then takes their common
     *             super type, which the stand-in does not compute
     */
    public static ListCell createListCell(final Collection<? extends DataCell> coll) {
        final List<DataCell> list = List.copyOf(coll);
        final List<DataType> types =
            list.stream().filter(cell -> !cell.isMissing()).map(DataCell::getType).distinct().toList();
        if (types.size() > 1) {
            throw new UnsupportedOperationException("The stand-in makes lists of one element type only: " + types);
        }
        return new ListCell(list, types.isEmpty() ? DataType.getType(DataCell.class) : types.get(0));
    }
}
