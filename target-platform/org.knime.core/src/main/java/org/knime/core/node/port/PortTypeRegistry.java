package org.knime.core.node.port;

import java.util.HashMap;
import java.util.Map;

/** Stand-in for KNIME's registry of port types (KNIME's reads them from the PortType extension point). */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_required = new HashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optional = new HashMap<>();

    private PortTypeRegistry() {
    }

    /** @return the registry */
    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    /** @return the type of a required port carrying objects of the class */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return getPortType(portClass, false);
    }

    /** @return the type of a port carrying objects of the class */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        return (isOptional ? m_optional : m_required).computeIfAbsent(portClass, c -> new PortType(c, isOptional));
    }
}
