package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;

/**
 * What the serializers of the stand-in's simple port objects and specs share: the zip entry "content.xml" with
 * the model content, and the class to instantiate, taken from the serializer's type argument.
 */
final class SimpleContentZip {

    private static final String ENTRY = "content.xml";

    private SimpleContentZip() {
    }

    static void write(final ModelContent content, final ZipOutputStream out) throws IOException {
        out.putNextEntry(new ZipEntry(ENTRY));
        content.saveToXML(new OutputStream() {
            @Override
            public void write(final int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException {
                out.write(b, off, len);
            }
            // close() must not close the zip stream
        });
    }

    static ModelContentRO read(final ZipInputStream in) throws IOException {
        final ZipEntry entry = in.getNextEntry();
        if (entry == null || !ENTRY.equals(entry.getName())) {
            throw new IOException("Expected zip entry " + ENTRY + ", got " + (entry == null ? "none" : entry));
        }
        try {
            return ModelContent.loadFromXML(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the zip stream stays open
                }
            }).getModelContent("model");
        } catch (InvalidSettingsException e) {
            throw new IOException("The content has no model: " + e.getMessage(), e);
        }
    }

    /** @return a new instance of the type argument of the serializer's generic super class */
    static <T> T newInstanceOfTypeArgument(final Object serializer, final Class<T> bound) throws IOException {
        final Type superType = serializer.getClass().getGenericSuperclass();
        if (!(superType instanceof ParameterizedType parameterized)
            || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> cl) || !bound.isAssignableFrom(cl)) {
            throw new IOException(serializer.getClass() + " must extend its serializer with a concrete type argument.");
        }
        try {
            return bound.cast(cl.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IOException(cl + " needs a public no-argument constructor: " + e, e);
        }
    }
}
