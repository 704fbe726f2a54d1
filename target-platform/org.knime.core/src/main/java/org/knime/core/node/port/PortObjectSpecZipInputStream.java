package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Stand-in for KNIME's zip stream of a port's saved content; created by {@link PortUtil}. */
public class PortObjectSpecZipInputStream extends ZipInputStream {

    /** @param inStream the underlying stream */
    PortObjectSpecZipInputStream(final InputStream inStream) {
        super(inStream);
    }
}
