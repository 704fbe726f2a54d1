package org.knime.core.node.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;

/** Stand-in for KNIME's factory of the zip streams that port objects and specs are saved into. */
public final class PortUtil {

    private PortUtil() {
    }

    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream in)
        throws IOException {
        final PortObjectSpecZipOutputStream out = new PortObjectSpecZipOutputStream(in);
        out.putNextEntry(new ZipEntry("portSpec.file"));
        return out;
    }

    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream in) throws IOException {
        final PortObjectZipOutputStream out = new PortObjectZipOutputStream(in);
        out.putNextEntry(new ZipEntry("portObject.file"));
        return out;
    }

    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in)
        throws IOException {
        final PortObjectSpecZipInputStream zipIn = new PortObjectSpecZipInputStream(in);
        zipIn.getNextEntry();
        return zipIn;
    }

    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) throws IOException {
        final PortObjectZipInputStream zipIn = new PortObjectZipInputStream(in);
        zipIn.getNextEntry();
        return zipIn;
    }
}
