package org.knime.core.node;

/** Stand-in for KNIME's exception thrown when the user cancels an execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super();
    }

    /** @param s the message */
    public CanceledExecutionException(final String s) {
        super(s);
    }
}
