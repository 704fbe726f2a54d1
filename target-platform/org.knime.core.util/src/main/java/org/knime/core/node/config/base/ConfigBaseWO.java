package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's write access to a settings tree: the members the nodes use, with KNIME 5.11's signatures.
 */
public interface ConfigBaseWO {

    /** @return a new, empty sub-config under the key */
    ConfigBase addConfigBase(String key);

    /** @return the key of this config */
    String getKey();

    void addInt(String key, int value);

    void addLong(String key, long value);

    void addDouble(String key, double value);

    void addBoolean(String key, boolean value);

    void addString(String key, String value);

    void addStringArray(String key, String... values);

    void addDoubleArray(String key, double... values);
}
