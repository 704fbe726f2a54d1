package org.dlnodes.engine.model;

import java.io.IOException;

/** A model file that cannot be read: not a model, truncated, corrupt, or from a newer version. */
public class ModelFormatException extends IOException {

    public ModelFormatException(final String message) {
        super(message);
    }

    public ModelFormatException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
