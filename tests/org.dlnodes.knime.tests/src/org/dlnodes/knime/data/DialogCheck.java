package org.dlnodes.knime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObjectSpec;

/** Checks that a node's dialog shows every setting of its model, so that each can also be set by a flow variable. */
public final class DialogCheck {

    private DialogCheck() {
    }

    /**
     * Loads the model's settings into the dialog, saves the dialog and loads the result back into the model.
     *
     * @param model the node model
     * @param dialog the node's dialog
     * @param specs the input specs the dialog opens with
     */
    public static void assertDialogSavesEverySetting(final TableNodeModel model, final DefaultNodeSettingsPane dialog,
        final PortObjectSpec[] specs) throws Exception {
        final NodeSettings modelSettings = new NodeSettings("model");
        model.saveSettingsTo(modelSettings);
        dialog.loadSettingsFrom(modelSettings, specs);
        final NodeSettings dialogSettings = new NodeSettings("model");
        dialog.saveSettingsTo(dialogSettings);
        final Set<String> keys = new HashSet<>(modelSettings.keySet());
        keys.remove(SettingsGroup.KEY_VERSION);
        assertEquals(keys, dialogSettings.keySet(), model.getClass().getSimpleName());
        model.validateSettings(dialogSettings);
        model.loadValidatedSettingsFrom(dialogSettings);
        final NodeSettings reloaded = new NodeSettings("model");
        model.saveSettingsTo(reloaded);
        assertEquals(modelSettings, reloaded, model.getClass().getSimpleName());
    }
}
