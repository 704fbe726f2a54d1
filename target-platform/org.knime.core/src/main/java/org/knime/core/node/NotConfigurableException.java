package org.knime.core.node;

/** Stand-in for KNIME's exception thrown when a dialog cannot open with the current input. */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param s the message shown to the user */
    public NotConfigurableException(final String s) {
        super(s);
    }

    /**
     * @param s the message shown to the user
     * @param cause the root cause
     */
    public NotConfigurableException(final String s, final Throwable cause) {
        super(s, cause);
    }
}
