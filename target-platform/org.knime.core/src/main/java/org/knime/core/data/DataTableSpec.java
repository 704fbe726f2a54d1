package org.knime.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's table spec: the ordered columns of a table, with unique names. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private final String m_name;

    private final DataColumnSpec[] m_columns;

    /** A spec without columns. */
    public DataTableSpec() {
        this("default");
    }

    /** @param colSpecs the columns, names unique */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this("default", colSpecs);
    }

    /**
     * @param name the table's name
     * @param colSpecs the columns, names unique
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name;
        m_columns = colSpecs.clone();
        for (int i = 0; i < m_columns.length; i++) {
            for (int j = 0; j < i; j++) {
                if (m_columns[i].getName().equals(m_columns[j].getName())) {
                    throw new IllegalArgumentException("Duplicate column name \"" + m_columns[i].getName()
                        + "\" at positions " + j + " and " + i + ".");
                }
            }
        }
    }

    /**
     * @param spec1 the first columns
     * @param spec2 the columns appended to them
     */
    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(spec1.m_name, concat(spec1.m_columns, spec2.m_columns));
    }

    private static DataColumnSpec[] concat(final DataColumnSpec[] a, final DataColumnSpec[] b) {
        final DataColumnSpec[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** @return the table's name */
    public String getName() {
        return m_name;
    }

    /** @return the number of columns */
    public int getNumColumns() {
        return m_columns.length;
    }

    /** @return the column at the index */
    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns[index];
    }

    /** @return the column of the name, null if there is none */
    public DataColumnSpec getColumnSpec(final String column) {
        final int index = findColumnIndex(column);
        return index < 0 ? null : m_columns[index];
    }

    /** @return the index of the column of the name, -1 if there is none */
    public int findColumnIndex(final String columnName) {
        for (int i = 0; i < m_columns.length; i++) {
            if (m_columns[i].getName().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether a column has the name */
    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    /** @return the column names, in order */
    public String[] getColumnNames() {
        return Arrays.stream(m_columns).map(DataColumnSpec::getName).toArray(String[]::new);
    }

    /**
     * @param spec the spec whose names to avoid
     * @param columnName the wanted name
     * @return the name, or the name with " (#1)", " (#2)", ... appended, whichever is not in the spec
     */
    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (spec == null || !spec.containsName(columnName)) {
            return columnName;
        }
        int suffix = 1;
        while (spec.containsName(columnName + " (#" + suffix + ")")) {
            suffix++;
        }
        return columnName + " (#" + suffix + ")";
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return List.of(m_columns).iterator();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataTableSpec s && Arrays.equals(s.m_columns, m_columns);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_columns);
    }

    @Override
    public String toString() {
        final List<String> names = new ArrayList<>();
        for (final DataColumnSpec column : m_columns) {
            names.add(column.toString());
        }
        return "name=" + m_name + ",columns=" + Objects.toString(names);
    }
}
