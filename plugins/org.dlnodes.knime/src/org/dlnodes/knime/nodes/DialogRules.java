package org.dlnodes.knime.nodes;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Enables a dialog's setting only where it takes effect, so the dialog shows which values count. */
public final class DialogRules {

    private DialogRules() {
    }

    /** Enables the targets while the choice is one of the values. */
    public static void enableWhen(final SettingsModelString choice, final List<String> values,
        final SettingsModel... targets) {
        final Runnable update = () -> {
            final boolean enabled = values.contains(choice.getStringValue());
            for (final SettingsModel target : targets) {
                target.setEnabled(enabled);
            }
        };
        choice.addChangeListener(e -> update.run());
        update.run();
    }

    /** Enables the targets while the switch is on. */
    public static void enableWhen(final SettingsModelBoolean on, final SettingsModel... targets) {
        final Runnable update = () -> {
            for (final SettingsModel target : targets) {
                target.setEnabled(on.getBooleanValue());
            }
        };
        on.addChangeListener(e -> update.run());
        update.run();
    }
}
