package org.dlnodes.knime.nodes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.data.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of a network builder node (saved, validated and loaded as a {@link SettingsGroup}) and what the node
 * adds to the network it receives.
 */
public abstract class BuilderSettings extends SettingsGroup {

    /**
     * @param incoming the network received, null for a node that starts one
     * @return the network with this node's part
     * @throws InvalidSettingsException if a setting cannot be read, e.g. an unknown choice
     */
    public abstract NetworkSpec applyTo(NetworkSpec incoming) throws InvalidSettingsException;

    /**
     * @param network the network this node passes on, valid for the engine
     * @return a warning about a choice that is valid but rarely what the analyst wants, naming the fix; null if none
     */
    public String warningFor(final NetworkSpec network) {
        return null;
    }

    /** @return the names of the constants as settings show them, e.g. "glorot_uniform" */
    public static List<String> choices(final Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(BuilderSettings::choice).toList();
    }

    /** @return the given constants as settings show them */
    public static List<String> choices(final Enum<?>... constants) {
        return Arrays.stream(constants).map(BuilderSettings::choice).toList();
    }

    /** @return the constant as settings show it */
    public static String choice(final Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param model holds one of {@link #choices(Class)}, e.g. set by a flow variable
     * @param type the enum
     * @param what the setting as the dialog names it
     * @return the chosen constant
     * @throws InvalidSettingsException naming the accepted values
     */
    protected static <E extends Enum<E>> E parse(final SettingsModelString model, final Class<E> type,
        final String what) throws InvalidSettingsException {
        final String value = model.getStringValue();
        for (final E constant : type.getEnumConstants()) {
            if (choice(constant).equals(value)) {
                return constant;
            }
        }
        throw new InvalidSettingsException(
            what + " '" + value + "' is unknown; use one of " + String.join(", ", choices(type)) + ".");
    }
}
