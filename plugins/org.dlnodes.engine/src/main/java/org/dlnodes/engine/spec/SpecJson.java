package org.dlnodes.engine.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The JSON form of a {@link NetworkSpec}: an object with {@code format}, {@code formatVersion}, {@code inputFeatures},
 * {@code layers} (each with a {@code type}: dense, dropout or batch_norm, and the fields of its record),
 * {@code loss} and {@code optimizer} (the fields of their records). Documented in MODEL_FORMAT.md.
 */
public final class SpecJson {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "dlnodes-network-spec";

    /** The version this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private static final Map<String, Class<? extends LayerSpec>> LAYER_TYPES =
        Map.of("dense", DenseSpec.class, "dropout", DropoutSpec.class, "batch_norm", BatchNormSpec.class);

    private SpecJson() {
    }

    static String write(final NetworkSpec spec) {
        final JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("formatVersion", FORMAT_VERSION);
        root.addProperty("inputFeatures", spec.inputFeatures());
        final JsonArray layers = new JsonArray();
        final List<String> names = spec.layerNames();
        for (int i = 0; i < spec.layers().size(); i++) {
            final JsonObject layer = new JsonObject();
            layer.addProperty("type", names.get(i).substring(0, names.get(i).lastIndexOf('_')));
            GSON.toJsonTree(spec.layers().get(i)).getAsJsonObject().entrySet()
                .forEach(e -> layer.add(e.getKey(), e.getValue()));
            layers.add(layer);
        }
        root.add("layers", layers);
        root.add("loss", GSON.toJsonTree(spec.loss()));
        root.add("optimizer", GSON.toJsonTree(spec.optimizer()));
        return GSON.toJson(root);
    }

    static NetworkSpec read(final String json) {
        try {
            final JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("format")
                || !FORMAT.equals(parsed.getAsJsonObject().get("format").getAsString())) {
                throw new InvalidSpecException("This is not a network spec (its 'format' is not '" + FORMAT + "').");
            }
            final JsonObject root = parsed.getAsJsonObject();
            final int version = root.get("formatVersion").getAsInt();
            if (version > FORMAT_VERSION) {
                throw new InvalidSpecException("The network spec has format version " + version
                    + ", newer than this version of the extension reads (" + FORMAT_VERSION
                    + "); update the Deep Learning Nodes.");
            }
            final List<LayerSpec> layers = new ArrayList<>();
            for (final JsonElement element : root.getAsJsonArray("layers")) {
                final String type = element.getAsJsonObject().get("type").getAsString();
                final Class<? extends LayerSpec> layerClass = LAYER_TYPES.get(type);
                if (layerClass == null) {
                    throw new InvalidSpecException("The network spec has a layer of unknown type '" + type
                        + "'; known are " + LAYER_TYPES.keySet() + ".");
                }
                layers.add(GSON.fromJson(element, layerClass));
            }
            return new NetworkSpec(root.get("inputFeatures").getAsInt(), layers,
                GSON.fromJson(root.get("loss"), LossSpec.class),
                GSON.fromJson(root.get("optimizer"), OptimizerSpec.class));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                | NullPointerException | NumberFormatException e) {
            throw new InvalidSpecException("The network spec is not readable JSON of the expected shape: "
                + e.getMessage());
        }
    }
}
