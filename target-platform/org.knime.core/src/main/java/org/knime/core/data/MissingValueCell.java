package org.knime.core.data;

/** The stand-in's missing cell (KNIME's is {@code MissingCell}); not API, only {@link DataType#getMissingCell()}. */
final class MissingValueCell extends DataCell {

    private static final long serialVersionUID = 1L;

    static final MissingValueCell INSTANCE = new MissingValueCell();

    private MissingValueCell() {
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return true;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
