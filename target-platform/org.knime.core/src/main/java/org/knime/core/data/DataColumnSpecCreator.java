package org.knime.core.data;

import java.util.Arrays;

/** Stand-in for KNIME's builder of column specs. */
public final class DataColumnSpecCreator {

    private String m_name;

    private DataType m_type;

    private DataColumnDomain m_domain = new DataColumnDomainCreator().createDomain();

    private String[] m_elementNames = new String[0];

    /**
     * @param name the column's name, not empty
     * @param type the column's type
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
        if (name == null || type == null) {
            throw new NullPointerException("Name and type must not be null.");
        }
        m_name = name;
        m_type = type;
    }

    /** @param cspec the spec to start from */
    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
        m_domain = cspec.getDomain();
        m_elementNames = cspec.getElementNames().toArray(String[]::new);
    }

    /** @param name the new name */
    public void setName(final String name) {
        m_name = name;
    }

    /** @param domain the new domain; null for an empty one */
    public void setDomain(final DataColumnDomain domain) {
        m_domain = domain == null ? new DataColumnDomainCreator().createDomain() : domain;
    }

    /**
     * @param elNames the names of a vector column's positions; null for none
     * @throws NullPointerException if a name is null
     */
    public void setElementNames(final String[] elNames) {
        if (elNames != null && Arrays.asList(elNames).contains(null)) {
            throw new NullPointerException("Argument array contains null elements");
        }
        m_elementNames = elNames == null ? new String[0] : elNames.clone();
    }

    /** @return the spec */
    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type, m_domain, Arrays.asList(m_elementNames));
    }
}
