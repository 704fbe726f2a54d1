package org.knime.core.node.port;

/** Stand-in for KNIME's port type: a port object class and whether the port is optional. */
public final class PortType {

    private final Class<? extends PortObject> m_objectClass;

    private final boolean m_optional;

    PortType(final Class<? extends PortObject> objectClass, final boolean optional) {
        m_objectClass = objectClass;
        m_optional = optional;
    }

    /** @return the class of the objects the port carries */
    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    /** @return whether the port may stay unconnected */
    public boolean isOptional() {
        return m_optional;
    }

    /** @return the name shown to the user (the stand-in uses the class's simple name) */
    public String getName() {
        return m_objectClass.getSimpleName();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof PortType type && type.m_objectClass == m_objectClass && type.m_optional == m_optional;
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode() * 2 + (m_optional ? 1 : 0);
    }

    @Override
    public String toString() {
        return getName() + (m_optional ? " (optional)" : "");
    }
}
