package org.dlnodes.knime.ui;

import org.dlnodes.knime.backend.BackendPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The "Deep Learning" preference page: the default backend and the off-heap memory limit. It writes the preference
 * node the nodes read ({@link BackendPreferences}), where a system property still takes precedence.
 */
public final class DeepLearningPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The message of an invalid off-heap limit; short enough for one line of the preference dialog's title area. */
    static final String INVALID_OFF_HEAP = "Memory limit: a number with unit k, m, g or t (e.g. 8g), or empty";

    /** Creates the page on the node bundle's instance-scope preferences. */
    public DeepLearningPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, BackendPreferences.NODE));
        // ND4J fixes the backend and its memory limit when it starts, once per KNIME session.
        setDescription("Settings for the Learner and Predictor nodes. They apply from the next KNIME start, or in this"
            + " session if no deep learning node has trained or predicted yet.\nThe system properties"
            + " -Ddlnodes.backend and -Ddlnodes.offheap.max (in knime.ini) take precedence over them.");
    }

    @Override
    public void init(final IWorkbench workbench) {
        // Nothing to set up: the preference store is set in the constructor.
    }

    @Override
    protected void createFieldEditors() {
        addField(new RadioGroupFieldEditor(BackendPreferences.BACKEND_KEY, "Backend of nodes set to 'default'", 3,
            new String[][]{{"Auto", "AUTO"}, {"CPU", "CPU"}, {"GPU", "GPU"}}, getFieldEditorParent(), true));
        final StringFieldEditor offHeap = new StringFieldEditor(BackendPreferences.OFF_HEAP_KEY,
            "Off-heap memory limit (e.g. 8g; empty: the Java heap size)", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                final boolean valid = BackendPreferences.offHeapError(getStringValue()) == null;
                // The preference dialog shows the message on one line and elides its middle when it is too long
                // (offHeapError's full sentence was cut to "...use a p...ptional unit..."), so a short one here.
                setErrorMessage(valid ? null : INVALID_OFF_HEAP);
                return valid;
            }
        };
        offHeap.setEmptyStringAllowed(true);
        addField(offHeap);
    }
}
