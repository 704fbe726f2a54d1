package org.dlnodes.engine.train;

import org.bytedeco.javacpp.Pointer;

/** Turns out-of-memory errors into errors that name the setting to raise. */
final class MemoryErrors {

    private MemoryErrors() {
    }

    /** @return an error for the user; the original is its cause */
    static IllegalStateException explain(final OutOfMemoryError error) {
        final String message = String.valueOf(error.getMessage());
        if (message.contains("Java heap space") || message.contains("GC overhead")) {
            return new IllegalStateException("Training ran out of Java heap memory. Raise the maximum heap (-Xmx in"
                + " knime.ini) or lower the batch size.", error);
        }
        return new IllegalStateException("Training ran out of off-heap memory, where the network's arrays live"
            + " (limit " + ComputeSettings.megabytes(Pointer.maxBytes()) + "). Raise the off-heap memory limit (the"
            + " setting 'off-heap memory limit', system property " + ComputeSettings.MAX_BYTES_PROPERTY
            + "), or lower the batch size or the size of the network.", error);
    }
}
