package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Stand-in for KNIME's zip stream of a port's saved content; created by {@link PortUtil}. */
public class PortObjectZipOutputStream extends ZipOutputStream {

    /** @param outStream the underlying stream */
    PortObjectZipOutputStream(final OutputStream outStream) {
        super(outStream);
    }
}
