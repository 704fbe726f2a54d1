package org.dlnodes.engine.model;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.NetworkSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Reads and writes the zip format of {@link TrainedModel}, described in MODEL_FORMAT.md. */
final class ModelFile {

    static final String FORMAT = "dlnodes-model";

    static final int FORMAT_VERSION = 1;

    private static final String MANIFEST = "manifest.json";

    private static final String SPEC = "spec.json";

    private static final String MAPPING = "mapping.json";

    private static final int END_OF_DIRECTORY_SIGNATURE = 0x06054b50;

    private static final int END_OF_DIRECTORY_LENGTH = 22;

    private static final long MAX_ENTRY_BYTES = Integer.MAX_VALUE - 8;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ModelFile() {
    }

    static void write(final TrainedModel model, final OutputStream out) throws IOException {
        final ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // the caller owns the stream
            }
        });
        final JsonObject manifest = new JsonObject();
        manifest.addProperty("format", FORMAT);
        manifest.addProperty("formatVersion", FORMAT_VERSION);
        manifest.add("arrays", writeArrays(zip, "arrays/", model.arrays()));
        manifest.addProperty("optimizerSteps", model.optimizerSteps());
        manifest.add("optimizerState", writeArrays(zip, "optimizer/", model.optimizerState()));
        writeText(zip, SPEC, model.spec().toJson());
        writeText(zip, MAPPING, GSON.toJson(model.mapping()));
        writeText(zip, MANIFEST, GSON.toJson(manifest));
        zip.close();
    }

    private static JsonArray writeArrays(final ZipOutputStream zip, final String folder,
        final Map<String, INDArray> arrays) throws IOException {
        final JsonArray index = new JsonArray();
        int i = 0;
        for (final Map.Entry<String, INDArray> entry : arrays.entrySet()) {
            final String file = folder + i++ + ".f32";
            final float[] values = entry.getValue().reshape(entry.getValue().length()).toFloatVector();
            final ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(values);
            zip.putNextEntry(new ZipEntry(file));
            zip.write(bytes.array());
            zip.closeEntry();
            final JsonObject description = new JsonObject();
            description.addProperty("name", entry.getKey());
            description.add("shape", GSON.toJsonTree(entry.getValue().shape()));
            description.addProperty("file", file);
            index.add(description);
        }
        return index;
    }

    private static void writeText(final ZipOutputStream zip, final String name, final String text)
        throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static TrainedModel read(final InputStream in) throws ModelFormatException {
        final byte[] file;
        try {
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new ModelFormatException("The model file could not be read (" + e.getMessage() + ").", e);
        }
        final Map<String, byte[]> entries = readEntries(new ByteArrayInputStream(file));
        final byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new ModelFormatException("This is not a Deep Learning Nodes model file (it has no " + MANIFEST
                + "), or it is truncated.");
        }
        if (!endsWithZipDirectory(file)) {
            throw new ModelFormatException("The model file is truncated: its zip directory at the end is missing.");
        }
        try {
            final JsonObject manifest = JsonParser.parseString(text(manifestBytes)).getAsJsonObject();
            if (!FORMAT.equals(manifest.get("format").getAsString())) {
                throw new ModelFormatException("This is not a Deep Learning Nodes model file (format '"
                    + manifest.get("format").getAsString() + "').");
            }
            final int version = manifest.get("formatVersion").getAsInt();
            if (version > FORMAT_VERSION) {
                throw new ModelFormatException("The model file has format version " + version + ", newer than"
                    + " this version of the extension reads (" + FORMAT_VERSION + "); update the Deep Learning Nodes.");
            }
            final NetworkSpec spec = NetworkSpec.fromJson(text(required(entries, SPEC)));
            final DataMapping mapping = GSON.fromJson(text(required(entries, MAPPING)), DataMapping.class);
            final Map<String, INDArray> arrays = readArrays(entries, manifest.getAsJsonArray("arrays"));
            checkArraysFit(spec, arrays);
            final Map<String, INDArray> optimizerState =
                readArrays(entries, manifest.getAsJsonArray("optimizerState"));
            return new TrainedModel(spec, arrays, optimizerState, manifest.get("optimizerSteps").getAsLong(),
                mapping);
        } catch (IllegalArgumentException | JsonParseException | IllegalStateException | ArithmeticException
                | UnsupportedOperationException | ClassCastException | NullPointerException e) {
            // the spec's own checks (InvalidSpecException) and malformed JSON alike
            throw new ModelFormatException("The model file is corrupt: " + e.getMessage(), e);
        }
    }

    /** The zip's end-of-central-directory record, 22 bytes as written here (no comment), closes a complete file. */
    private static boolean endsWithZipDirectory(final byte[] file) {
        final int start = file.length - END_OF_DIRECTORY_LENGTH;
        return start >= 0 && ByteBuffer.wrap(file, start, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()
            == END_OF_DIRECTORY_SIGNATURE;
    }

    private static Map<String, byte[]> readEntries(final InputStream in) throws ModelFormatException {
        final Map<String, byte[]> entries = new HashMap<>();
        try {
            final ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                final byte[] bytes = zip.readNBytes((int)MAX_ENTRY_BYTES);
                if (zip.read() != -1) {
                    throw new ModelFormatException("The model file has an entry larger than 2 GB: " + entry.getName());
                }
                entries.put(entry.getName(), bytes);
            }
        } catch (ModelFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFormatException("The model file is truncated or corrupt (" + e.getMessage() + ").", e);
        }
        return entries;
    }

    private static Map<String, INDArray> readArrays(final Map<String, byte[]> entries, final JsonArray index)
        throws ModelFormatException {
        final Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (final JsonElement element : index) {
            final JsonObject description = element.getAsJsonObject();
            final String name = description.get("name").getAsString();
            final long[] shape = GSON.fromJson(description.get("shape"), long[].class);
            final byte[] bytes = required(entries, description.get("file").getAsString());
            final long length = Arrays.stream(shape).reduce(1, Math::multiplyExact);
            if (Arrays.stream(shape).anyMatch(d -> d < 0) || bytes.length != 4 * length) {
                throw new ModelFormatException("The model file is corrupt: array '" + name + "' has "
                    + bytes.length + " bytes for shape " + Arrays.toString(shape) + ".");
            }
            final float[] values = new float[(int)length];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            arrays.put(name, Nd4j.createFromArray(values).reshape(shape));
        }
        return arrays;
    }

    /** The arrays must be exactly those of the network the spec describes, name by name and shape by shape. */
    private static void checkArraysFit(final NetworkSpec spec, final Map<String, INDArray> arrays)
        throws ModelFormatException {
        final Map<String, INDArray> expected = Network.create(spec, 0, DataType.FLOAT).arrays();
        if (!expected.keySet().equals(arrays.keySet())) {
            throw new ModelFormatException("The model file is corrupt: its arrays " + arrays.keySet()
                + " are not those of its network " + expected.keySet() + ".");
        }
        for (final Map.Entry<String, INDArray> entry : expected.entrySet()) {
            if (!Arrays.equals(entry.getValue().shape(), arrays.get(entry.getKey()).shape())) {
                throw new ModelFormatException("The model file is corrupt: array '" + entry.getKey() + "' has shape "
                    + Arrays.toString(arrays.get(entry.getKey()).shape()) + " instead of "
                    + Arrays.toString(entry.getValue().shape()) + ".");
            }
        }
    }

    private static byte[] required(final Map<String, byte[]> entries, final String name)
        throws ModelFormatException {
        final byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFormatException("The model file is incomplete: it lacks " + name + ".");
        }
        return bytes;
    }

    private static String text(final byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
