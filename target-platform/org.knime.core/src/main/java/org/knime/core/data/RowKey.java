package org.knime.core.data;

/** Stand-in for KNIME's row key (row ID). */
public final class RowKey {

    private final String m_id;

    /** @param id the row ID, not null */
    public RowKey(final String id) {
        if (id == null) {
            throw new NullPointerException("Row key must not be null.");
        }
        m_id = id;
    }

    /** @return the key "Row" followed by the index, as KNIME numbers new rows */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    /** @return the row ID */
    public String getString() {
        return m_id;
    }

    @Override
    public String toString() {
        return m_id;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey key && key.m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }
}
