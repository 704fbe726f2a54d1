package org.dlnodes.knime.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.BackendStatus;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.train.ComputeSettings;

/**
 * Starts ND4J for a node that trains or predicts: the off-heap limit first (it counts only before ND4J starts),
 * then the backend, then the thread counts on the calling thread (OpenMP keeps them per thread).
 *
 * @param status the backend in use
 * @param warnings sentences for the node's warning (GPU fallback, a memory limit that needs a restart)
 */
public record ComputeStart(BackendStatus status, List<String> warnings) {

    /** The node setting that takes the process-wide default ({@link BackendDefaults}). */
    public static final String DEFAULT = "default";

    /** @return the choices of the node setting: default, auto, cpu, gpu */
    public static List<String> settingChoices() {
        final List<String> choices = new ArrayList<>(List.of(DEFAULT));
        for (final BackendChoice choice : BackendChoice.values()) {
            choices.add(choice.name().toLowerCase(Locale.ROOT));
        }
        return choices;
    }

    /**
     * @param setting one of {@link #settingChoices()}
     * @return the backend it stands for
     * @throws IllegalArgumentException naming the accepted values
     */
    public static BackendChoice choiceOf(final String setting) {
        if (DEFAULT.equals(setting)) {
            return BackendDefaults.backend();
        }
        for (final BackendChoice choice : BackendChoice.values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(setting)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("The backend '" + setting + "' is unknown; use one of "
            + String.join(", ", settingChoices()) + ".");
    }

    /**
     * @param backendSetting one of {@link #settingChoices()}
     * @param threads ND4J's operation threads, 0 for the measured default
     * @param blasThreads OpenBLAS' threads within one matrix product call, 0 for the measured default
     * @param workThreads the threads that share each large matrix product and the optimizer's update, 0 for the
     *            measured default
     * @return the backend in use and the warnings for the user
     */
    public static ComputeStart start(final String backendSetting, final int threads, final int blasThreads,
        final int workThreads) {
        final BackendChoice choice = choiceOf(backendSetting);
        final ComputeSettings defaults = ComputeSettings.defaults();
        final ComputeSettings compute = new ComputeSettings(threads > 0 ? threads : defaults.threads(),
            blasThreads > 0 ? blasThreads : defaults.blasThreads(),
            workThreads > 0 ? workThreads : defaults.workThreads(), BackendDefaults.offHeapLimitBytes());
        final List<String> warnings = new ArrayList<>();
        compute.applyMemoryLimit().ifPresent(warnings::add);
        final BackendStatus status = Nd4jRuntime.initialize(choice);
        status.warning().ifPresent(warnings::add);
        compute.applyThreads();
        return new ComputeStart(status, List.copyOf(warnings));
    }
}
