package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's settings tree: typed entries and sub-configs under string keys, kept in insertion order and
 * saved as XML (this stand-in's own simple XML, not KNIME's file format).
 */
public abstract class ConfigBase implements ConfigBaseRO, ConfigBaseWO {

    private final String m_key;

    private final Map<String, Object> m_entries = new LinkedHashMap<>();

    /** @param key the key of this config */
    public ConfigBase(final String key) {
        m_key = Objects.requireNonNull(key, "key");
    }

    /** @return an empty config of the same class, for sub-configs */
    protected abstract ConfigBase getInstance(String key);

    @Override
    public String getKey() {
        return m_key;
    }

    @Override
    public ConfigBase addConfigBase(final String key) {
        final ConfigBase child = getInstance(key);
        m_entries.put(key, child);
        return child;
    }

    @Override
    public ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        return get(key, ConfigBase.class, "config");
    }

    @Override
    public void addInt(final String key, final int value) {
        m_entries.put(key, value);
    }

    @Override
    public void addLong(final String key, final long value) {
        m_entries.put(key, value);
    }

    @Override
    public void addDouble(final String key, final double value) {
        m_entries.put(key, value);
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        m_entries.put(key, value);
    }

    @Override
    public void addString(final String key, final String value) {
        m_entries.put(key, value == null ? NullString.INSTANCE : value);
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        m_entries.put(key, values == null ? NullString.INSTANCE : values.clone());
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        m_entries.put(key, values == null ? NullString.INSTANCE : values.clone());
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return get(key, Integer.class, "int");
    }

    @Override
    public int getInt(final String key, final int def) {
        return orDefault(key, Integer.class, def);
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return get(key, Long.class, "long");
    }

    @Override
    public long getLong(final String key, final long def) {
        return orDefault(key, Long.class, def);
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return get(key, Double.class, "double");
    }

    @Override
    public double getDouble(final String key, final double def) {
        return orDefault(key, Double.class, def);
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return get(key, Boolean.class, "boolean");
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return orDefault(key, Boolean.class, def);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return m_entries.get(key) == NullString.INSTANCE ? null : get(key, String.class, "string");
    }

    @Override
    public String getString(final String key, final String def) {
        return m_entries.get(key) == NullString.INSTANCE ? null : orDefault(key, String.class, def);
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        return m_entries.get(key) == NullString.INSTANCE ? null : get(key, String[].class, "string array").clone();
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return containsKey(key) ? getStringArray(key) : def;
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        return m_entries.get(key) == NullString.INSTANCE ? null : get(key, double[].class, "double array").clone();
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return containsKey(key) ? getDoubleArray(key) : def;
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_entries.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_entries.containsKey(key);
    }

    @Override
    public Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public void copyTo(final ConfigBaseWO config) {
        XmlTree.copy(this, config);
    }

    @Override
    public void saveToXML(final OutputStream os) throws IOException {
        try (os) {
            XmlTree.write(this, os);
        }
    }

    /**
     * Reads entries saved by {@link #saveToXML(OutputStream)} into the config.
     *
     * @param config the config to fill
     * @param in the stream to read, not closed
     * @throws IOException if the stream is not such XML
     */
    protected static void load(final ConfigBase config, final InputStream in) throws IOException {
        XmlTree.read(config, in);
    }

    /** @return the entries in order, sub-configs as {@link ConfigBase}, a null string or array as null */
    Map<String, Object> entries() {
        final Map<String, Object> copy = new LinkedHashMap<>();
        m_entries.forEach((k, v) -> copy.put(k, v == NullString.INSTANCE ? null : v));
        return copy;
    }

    private <T> T get(final String key, final Class<T> type, final String typeName)
        throws InvalidSettingsException {
        final Object value = m_entries.get(key);
        if (value == null) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        if (!type.isInstance(value)) {
            throw new InvalidSettingsException("The entry \"" + key + "\" is not of type " + typeName + ".");
        }
        return type.cast(value);
    }

    private <T> T orDefault(final String key, final Class<T> type, final T def) {
        final Object value = m_entries.get(key);
        return type.isInstance(value) ? type.cast(value) : def;
    }

    @Override
    public boolean equals(final Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof ConfigBase config) || !m_key.equals(config.m_key)
            || !m_entries.keySet().equals(config.m_entries.keySet())) {
            return false;
        }
        return m_entries.entrySet().stream()
            .allMatch(e -> Objects.deepEquals(e.getValue(), config.m_entries.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() * 31 + m_entries.keySet().hashCode();
    }

    @Override
    public String toString() {
        return m_key;
    }

    /** Marks a string or array entry whose value is null, so that "absent" and "null" differ. */
    enum NullString {
        INSTANCE
    }
}
