package org.dlnodes.knime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;

/** Settings added after a node's first release: older saved settings load and keep the new setting's default. */
class SettingsGroupTest {

    /** A node's settings as first released. */
    private static class FirstRelease extends SettingsGroup {

        final SettingsModelIntegerBounded m_threads =
            add("threads", new SettingsModelIntegerBounded("threads", 0, 0, 1024));
    }

    /** The same node after a setting was added. */
    private static final class Later extends FirstRelease {

        final SettingsModelIntegerBounded m_blasThreads =
            addLater("blas_threads", new SettingsModelIntegerBounded("blas_threads", 0, 0, 1024));
    }

    @Test
    void olderSettingsLoadAndKeepTheAddedSettingsDefault() throws InvalidSettingsException {
        final FirstRelease old = new FirstRelease();
        old.m_threads.setIntValue(3);
        final NodeSettings saved = new NodeSettings("model");
        old.saveTo(saved);

        final Later later = new Later();
        later.m_blasThreads.setIntValue(7);
        later.validate(saved);
        later.loadFrom(saved);
        assertEquals(3, later.m_threads.getIntValue());
        assertEquals(7, later.m_blasThreads.getIntValue(), "absent: the value stays as it was");
    }

    @Test
    void theAddedSettingIsSavedLoadedAndValidatedWhenPresent() throws InvalidSettingsException {
        final Later later = new Later();
        later.m_blasThreads.setIntValue(2);
        final NodeSettings saved = new NodeSettings("model");
        later.saveTo(saved);
        final Later loaded = new Later();
        loaded.validate(saved);
        loaded.loadFrom(saved);
        assertEquals(2, loaded.m_blasThreads.getIntValue());

        saved.addInt("blas_threads", -1);
        assertThrows(InvalidSettingsException.class, () -> loaded.validate(saved));
    }

    @Test
    void aSettingOfTheFirstReleaseIsStillRequired() {
        final NodeSettings empty = new NodeSettings("model");
        assertThrows(InvalidSettingsException.class, () -> new Later().validate(empty));
    }
}
