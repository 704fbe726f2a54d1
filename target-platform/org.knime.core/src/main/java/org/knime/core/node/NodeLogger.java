package org.knime.core.node;

/** Stand-in for KNIME's logger of a class; the stand-in writes through {@link System.Logger}. */
public final class NodeLogger {

    private final System.Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = System.getLogger(name);
    }

    /** @return the logger named after the class */
    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    /** @return the logger of the name */
    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    /** @param o the debug message */
    public void debug(final Object o) {
        m_logger.log(System.Logger.Level.DEBUG, String.valueOf(o));
    }

    /** @param o the information */
    public void info(final Object o) {
        m_logger.log(System.Logger.Level.INFO, String.valueOf(o));
    }

    /** @param o the warning */
    public void warn(final Object o) {
        m_logger.log(System.Logger.Level.WARNING, String.valueOf(o));
    }

    /** @param o the error */
    public void error(final Object o) {
        m_logger.log(System.Logger.Level.ERROR, String.valueOf(o));
    }
}
