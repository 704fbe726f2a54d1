package org.dlnodes.engine.spec;

/** A network specification that cannot be built or trained; the message names the layer and the fix. */
public class InvalidSpecException extends IllegalArgumentException {

    public InvalidSpecException(final String message) {
        super(message);
    }
}
