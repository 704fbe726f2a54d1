package org.knime.core.node;

/**
 * Stand-in for KNIME's exception for settings that cannot be applied; same package, constructors and supertype as
 * in KNIME 5.11 (bundle org.knime.core.util).
 */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param s the message shown to the user */
    public InvalidSettingsException(final String s) {
        super(s);
    }

    /** @param cause the original cause */
    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    /**
     * @param msg the message shown to the user
     * @param cause the root cause
     */
    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
