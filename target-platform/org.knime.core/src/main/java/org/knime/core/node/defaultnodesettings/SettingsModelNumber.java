package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's super class of the integer and double settings models. */
public abstract class SettingsModelNumber extends SettingsModel {

    /** @return the value as text */
    abstract String getNumberValueStr();

    /** @param newValueStr the new value as text */
    abstract void setNumberValueStr(String newValueStr);
}
