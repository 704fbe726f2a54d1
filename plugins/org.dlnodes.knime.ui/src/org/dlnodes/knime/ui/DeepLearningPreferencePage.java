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
                final String error = BackendPreferences.offHeapError(getStringValue());
                setErrorMessage(error);
                return error == null;
            }
        };
        offHeap.setEmptyStringAllowed(true);
        addField(offHeap);
    }
}
