package org.dlnodes.knime.nodes;

import static org.dlnodes.knime.nodes.NodeDriver.node;
import static org.dlnodes.knime.nodes.NodeDriver.settingsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.dlnodes.knime.nodes.batchnorm.BatchNormNodeFactory;
import org.dlnodes.knime.nodes.dense.DenseNodeFactory;
import org.dlnodes.knime.nodes.dropout.DropoutNodeFactory;
import org.dlnodes.knime.nodes.input.InputNodeFactory;
import org.dlnodes.knime.nodes.loss.LossNodeFactory;
import org.dlnodes.knime.nodes.optimizer.OptimizerNodeFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObjectSpec;

/** Every builder node's settings: saved, validated and loaded back unchanged; bad values named with the fix. */
class BuilderSettingsTest {

    /** A non-default value of some settings per node, as a dialog or flow variable would set them. */
    private static Map<NetworkBuilderNodeFactory<?>, Consumer<NodeSettings>> changedSettings() {
        final Map<NetworkBuilderNodeFactory<?>, Consumer<NodeSettings>> changes = new LinkedHashMap<>();
        changes.put(new InputNodeFactory(), s -> {
            s.addBoolean("fixed_input_size", true);
            s.addInt("input_size", 7);
        });
        changes.put(new DenseNodeFactory(), s -> {
            s.addInt("units", 32);
            s.addString("activation", "tanh");
            s.addDouble("l2", 0.01);
        });
        changes.put(new DropoutNodeFactory(), s -> s.addDouble("rate", 0.25));
        changes.put(new BatchNormNodeFactory(), s -> {
            s.addDouble("momentum", 0.9);
            s.addBoolean("scale", false);
        });
        changes.put(new LossNodeFactory(), s -> {
            s.addString("loss", "huber");
            s.addDouble("huber_delta", 2.0);
        });
        changes.put(new OptimizerNodeFactory(), s -> {
            s.addString("optimizer", "sgd");
            s.addDouble("learning_rate", 0.05);
            s.addDouble("clip_norm", 1.0);
            s.addString("schedule", "step_decay");
        });
        return changes;
    }

    @Test
    void everyNodeLoadsItsChangedSettingsAndSavesThemUnchanged() throws InvalidSettingsException {
        for (final Map.Entry<NetworkBuilderNodeFactory<?>, Consumer<NodeSettings>> e : changedSettings().entrySet()) {
            final NodeSettings changed = settingsOf(e.getKey().createNodeModel());
            e.getValue().accept(changed);
            final NetworkBuilderNodeModel loaded = node(e.getKey(), e.getValue());
            final NodeSettings saved = settingsOf(loaded);
            assertEquals(changed, saved, e.getKey().getClass().getSimpleName());
            assertFalse(saved.equals(settingsOf(e.getKey().createNodeModel())),
                e.getKey().getClass().getSimpleName() + " saved its defaults instead of the changed values");
            assertEquals(1, saved.getInt(BuilderSettings.KEY_VERSION));
        }
    }

    @Test
    void everyDialogShowsEverySettingAndSavesWhatTheModelAccepts() throws Exception {
        for (final Map.Entry<NetworkBuilderNodeFactory<?>, Consumer<NodeSettings>> e : changedSettings().entrySet()) {
            final NetworkBuilderNodeFactory<?> factory = e.getKey();
            final NetworkBuilderNodeModel model = node(factory, e.getValue());
            final NodeSettings modelSettings = settingsOf(model);
            final DefaultNodeSettingsPane dialog = (DefaultNodeSettingsPane)factory.createNodeDialogPane();
            dialog.loadSettingsFrom(modelSettings, new PortObjectSpec[1]);
            final NodeSettings dialogSettings = new NodeSettings("model");
            dialog.saveSettingsTo(dialogSettings);
            // every setting has a dialog component, so every setting can also be set by a flow variable
            final Set<String> modelKeys = new HashSet<>(modelSettings.keySet());
            modelKeys.remove(BuilderSettings.KEY_VERSION);
            assertEquals(modelKeys, dialogSettings.keySet(), factory.getClass().getSimpleName());
            model.validateSettings(dialogSettings);
            model.loadValidatedSettingsFrom(dialogSettings);
            for (final String key : modelKeys) {
                if (!key.endsWith("_Internals")) {
                    assertEquals(modelSettings.getString(key, null), dialogSettings.getString(key, null), key);
                    assertEquals(modelSettings.getDouble(key, -1), dialogSettings.getDouble(key, -1), key);
                    assertEquals(modelSettings.getInt(key, -1), dialogSettings.getInt(key, -1), key);
                }
            }
        }
    }

    @Test
    void outOfRangeValuesAreRejectedNamingTheSettingAndTheRange() {
        final InvalidSettingsException units = assertThrows(InvalidSettingsException.class,
            () -> node(new DenseNodeFactory(), s -> s.addInt("units", 0)));
        assertTrue(units.getMessage().contains("'units'") && units.getMessage().contains("[1..."),
            units.getMessage());
        final InvalidSettingsException rate = assertThrows(InvalidSettingsException.class,
            () -> node(new DropoutNodeFactory(), s -> s.addDouble("rate", 1.5)));
        assertTrue(rate.getMessage().contains("'rate'") && rate.getMessage().contains("flow variable"),
            rate.getMessage());
    }

    @Test
    void missingSettingsAreRejectedNamingThem() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> new DropoutNodeFactory().createNodeModel().validateSettings(new NodeSettings("empty")));
        assertTrue(e.getMessage().contains("'rate'"), e.getMessage());
    }

    @Test
    void settingsOfANewerVersionAreRejectedWithTheFix() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> node(new DenseNodeFactory(), s -> s.addInt(BuilderSettings.KEY_VERSION, 2)));
        assertTrue(e.getMessage().contains("newer version") && e.getMessage().contains("update"), e.getMessage());
    }
}
