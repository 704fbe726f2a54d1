package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's read access to a settings tree: the members the nodes use, with KNIME 5.11's signatures.
 */
public interface ConfigBaseRO extends Iterable<String> {

    /** @return the sub-config under the key */
    ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    /** @return the key of this config */
    String getKey();

    /** @param os closed when done */
    void saveToXML(OutputStream os) throws IOException;

    /** @param config receives a copy of every entry */
    void copyTo(ConfigBaseWO config);

    int getInt(String key) throws InvalidSettingsException;

    int getInt(String key, int def);

    long getLong(String key) throws InvalidSettingsException;

    long getLong(String key, long def);

    double getDouble(String key) throws InvalidSettingsException;

    double getDouble(String key, double def);

    boolean getBoolean(String key) throws InvalidSettingsException;

    boolean getBoolean(String key, boolean def);

    String getString(String key) throws InvalidSettingsException;

    String getString(String key, String def);

    String[] getStringArray(String key) throws InvalidSettingsException;

    String[] getStringArray(String key, String... def);

    double[] getDoubleArray(String key) throws InvalidSettingsException;

    double[] getDoubleArray(String key, double... def);

    /** @return the keys of this config, unmodifiable */
    Set<String> keySet();

    boolean containsKey(String key);
}
