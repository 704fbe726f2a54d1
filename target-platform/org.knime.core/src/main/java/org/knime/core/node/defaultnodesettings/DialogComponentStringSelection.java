package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Stand-in for KNIME's combo box choosing one string of a list for a string settings model. */
public final class DialogComponentStringSelection extends LabeledComponent {

    private final List<String> m_items;

    /**
     * @param stringModel the model
     * @param label the label in front of the combo box
     * @param list the strings to choose from, not empty
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        this(stringModel, label, Arrays.asList(list));
    }

    /**
     * @param stringModel the model
     * @param label the label in front of the combo box
     * @param list the strings to choose from, not empty
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        super(stringModel, label);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("Selection list of options shouldn't be null or empty");
        }
        m_items = List.copyOf(list);
    }

    /** @return the strings to choose from (stand-in only; KNIME's combo box holds them) */
    List<String> items() {
        return m_items;
    }
}
