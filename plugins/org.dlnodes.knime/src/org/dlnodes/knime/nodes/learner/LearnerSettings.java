package org.dlnodes.knime.nodes.learner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dlnodes.engine.train.EarlyStoppingSettings;
import org.dlnodes.engine.train.MonitorMode;
import org.dlnodes.engine.train.ReduceLearningRateSettings;
import org.dlnodes.engine.train.TrainingSettings;
import org.dlnodes.knime.backend.ComputeStart;
import org.dlnodes.knime.data.SettingsGroup;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.CollectionDataValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The Network Learner's settings. Defaults are Keras' where Keras has one (batch size 32, early stopping and
 * learning rate reduction as their callbacks); the feature columns default to every numeric column but the target.
 */
final class LearnerSettings extends SettingsGroup {

    /** What happens to rows with a missing or non-finite value. */
    static final List<String> MISSING_CHOICES = List.of("skip", "fail");

    static final List<String> MODE_CHOICES = List.of("auto", "min", "max");

    private final SettingsModelColumnFilter2 m_features =
        add("feature_columns", new SettingsModelColumnFilter2("feature_columns", DoubleValue.class,
            CollectionDataValue.class, DoubleVectorValue.class));

    private final SettingsModelString m_target = text("target_column", "");

    private final SettingsModelString m_moreTargets = text("more_target_columns", "");

    private final SettingsModelIntegerBounded m_epochs = integer("epochs", 20, 1, 1_000_000);

    private final SettingsModelIntegerBounded m_batchSize = integer("batch_size", 32, 1, Integer.MAX_VALUE);

    private final SettingsModelBoolean m_shuffle = flag("shuffle", true);

    private final SettingsModelInteger m_seed = add("seed", new SettingsModelInteger("seed", 0));

    private final SettingsModelDoubleBounded m_validationFraction = number("validation_fraction", 0.2, 0, 0.9);

    private final SettingsModelBoolean m_standardize = flag("standardize", true);

    private final SettingsModelString m_missing = text("missing_values", "skip");

    private final SettingsModelBoolean m_earlyStopping = flag("early_stopping", false);

    private final SettingsModelString m_esMonitor = text("es_monitor", "val_loss");

    private final SettingsModelDoubleBounded m_esMinDelta = number("es_min_delta", 0, 0, Double.MAX_VALUE);

    private final SettingsModelIntegerBounded m_esPatience = integer("es_patience", 5, 0, Integer.MAX_VALUE);

    private final SettingsModelString m_esMode = text("es_mode", "auto");

    private final SettingsModelBoolean m_esUseBaseline = flag("es_use_baseline", false);

    private final SettingsModelDoubleBounded m_esBaseline =
        number("es_baseline", 0, -Double.MAX_VALUE, Double.MAX_VALUE);

    private final SettingsModelBoolean m_esRestoreBest = flag("es_restore_best_weights", true);

    private final SettingsModelIntegerBounded m_esStartFromEpoch =
        integer("es_start_from_epoch", 0, 0, Integer.MAX_VALUE);

    private final SettingsModelBoolean m_reduceLr = flag("reduce_lr", false);

    private final SettingsModelString m_rlrMonitor = text("rlr_monitor", "val_loss");

    private final SettingsModelDoubleBounded m_rlrFactor = number("rlr_factor", 0.1, Double.MIN_VALUE, 0.999999);

    private final SettingsModelIntegerBounded m_rlrPatience = integer("rlr_patience", 10, 0, Integer.MAX_VALUE);

    private final SettingsModelString m_rlrMode = text("rlr_mode", "auto");

    private final SettingsModelDoubleBounded m_rlrMinDelta = number("rlr_min_delta", 1e-4, 0, Double.MAX_VALUE);

    private final SettingsModelIntegerBounded m_rlrCooldown = integer("rlr_cooldown", 0, 0, Integer.MAX_VALUE);

    private final SettingsModelDoubleBounded m_rlrMinLr = number("rlr_min_lr", 0, 0, Double.MAX_VALUE);

    private final SettingsModelBoolean m_terminateOnNaN = flag("terminate_on_nan", true);

    private final SettingsModelString m_backend = text("backend", ComputeStart.DEFAULT);

    private final SettingsModelIntegerBounded m_threads = integer("threads", 0, 0, 1024);

    private final SettingsModelIntegerBounded m_blasThreads =
        addLater("blas_threads", new SettingsModelIntegerBounded("blas_threads", 0, 0, 1024));

    private final SettingsModelIntegerBounded m_workThreads =
        addLater("work_threads", new SettingsModelIntegerBounded("work_threads", 0, 0, 1024));

    LearnerSettings() {
        m_earlyStopping.addChangeListener(e -> enableEarlyStopping());
        m_esUseBaseline.addChangeListener(e -> enableEarlyStopping());
        m_reduceLr.addChangeListener(e -> enableReduceLr());
        enableEarlyStopping();
        enableReduceLr();
    }

    private void enableEarlyStopping() {
        final boolean on = m_earlyStopping.getBooleanValue();
        List.of(m_esMonitor, m_esMinDelta, m_esPatience, m_esMode, m_esUseBaseline, m_esRestoreBest,
            m_esStartFromEpoch).forEach(m -> m.setEnabled(on));
        m_esBaseline.setEnabled(on && m_esUseBaseline.getBooleanValue());
    }

    private void enableReduceLr() {
        final boolean on = m_reduceLr.getBooleanValue();
        List.of(m_rlrMonitor, m_rlrFactor, m_rlrPatience, m_rlrMode, m_rlrMinDelta, m_rlrCooldown, m_rlrMinLr)
            .forEach(m -> m.setEnabled(on));
    }

    SettingsModelColumnFilter2 features() {
        return m_features;
    }

    SettingsModelString target() {
        return m_target;
    }

    SettingsModelString moreTargetColumns() {
        return m_moreTargets;
    }

    /** @return the further numeric target columns of a regression, from the comma-separated setting */
    List<String> moreTargets() {
        return Arrays.stream(m_moreTargets.getStringValue().split(",")).map(String::strip)
            .filter(name -> !name.isEmpty()).toList();
    }

    SettingsModelIntegerBounded epochs() {
        return m_epochs;
    }

    SettingsModelIntegerBounded batchSize() {
        return m_batchSize;
    }

    SettingsModelBoolean shuffle() {
        return m_shuffle;
    }

    SettingsModelInteger seed() {
        return m_seed;
    }

    SettingsModelDoubleBounded validationFraction() {
        return m_validationFraction;
    }

    SettingsModelBoolean standardize() {
        return m_standardize;
    }

    SettingsModelString missing() {
        return m_missing;
    }

    SettingsModelBoolean earlyStopping() {
        return m_earlyStopping;
    }

    SettingsModelString esMonitor() {
        return m_esMonitor;
    }

    SettingsModelDoubleBounded esMinDelta() {
        return m_esMinDelta;
    }

    SettingsModelIntegerBounded esPatience() {
        return m_esPatience;
    }

    SettingsModelString esMode() {
        return m_esMode;
    }

    SettingsModelBoolean esUseBaseline() {
        return m_esUseBaseline;
    }

    SettingsModelDoubleBounded esBaseline() {
        return m_esBaseline;
    }

    SettingsModelBoolean esRestoreBest() {
        return m_esRestoreBest;
    }

    SettingsModelIntegerBounded esStartFromEpoch() {
        return m_esStartFromEpoch;
    }

    SettingsModelBoolean reduceLr() {
        return m_reduceLr;
    }

    SettingsModelString rlrMonitor() {
        return m_rlrMonitor;
    }

    SettingsModelDoubleBounded rlrFactor() {
        return m_rlrFactor;
    }

    SettingsModelIntegerBounded rlrPatience() {
        return m_rlrPatience;
    }

    SettingsModelString rlrMode() {
        return m_rlrMode;
    }

    SettingsModelDoubleBounded rlrMinDelta() {
        return m_rlrMinDelta;
    }

    SettingsModelIntegerBounded rlrCooldown() {
        return m_rlrCooldown;
    }

    SettingsModelDoubleBounded rlrMinLr() {
        return m_rlrMinLr;
    }

    SettingsModelBoolean terminateOnNaN() {
        return m_terminateOnNaN;
    }

    SettingsModelString backend() {
        return m_backend;
    }

    SettingsModelIntegerBounded threads() {
        return m_threads;
    }

    SettingsModelIntegerBounded blasThreads() {
        return m_blasThreads;
    }

    SettingsModelIntegerBounded workThreads() {
        return m_workThreads;
    }

    /** @return whether rows with missing values fail the node instead of being skipped */
    boolean failOnMissing() throws InvalidSettingsException {
        return "fail".equals(choice(m_missing, MISSING_CHOICES, "Missing values"));
    }

    /**
     * @return the engine's training settings
     * @throws InvalidSettingsException naming the setting the engine rejects
     */
    TrainingSettings training() throws InvalidSettingsException {
        try {
            final TrainingSettings.Builder builder = TrainingSettings.builder().epochs(m_epochs.getIntValue())
                .batchSize(m_batchSize.getIntValue()).shuffle(m_shuffle.getBooleanValue())
                .seed(m_seed.getIntValue());
            if (m_earlyStopping.getBooleanValue()) {
                final EarlyStoppingSettings.Builder es = EarlyStoppingSettings.builder()
                    .monitor(m_esMonitor.getStringValue()).minDelta(m_esMinDelta.getDoubleValue())
                    .patience(m_esPatience.getIntValue()).mode(mode(m_esMode, "Early stopping mode"))
                    .restoreBestWeights(m_esRestoreBest.getBooleanValue())
                    .startFromEpoch(m_esStartFromEpoch.getIntValue());
                if (m_esUseBaseline.getBooleanValue()) {
                    es.baseline(m_esBaseline.getDoubleValue());
                }
                builder.earlyStopping(es.build());
            }
            if (m_reduceLr.getBooleanValue()) {
                builder.reduceLearningRate(ReduceLearningRateSettings.builder().monitor(m_rlrMonitor.getStringValue())
                    .factor(m_rlrFactor.getDoubleValue()).patience(m_rlrPatience.getIntValue())
                    .mode(mode(m_rlrMode, "Learning rate reduction mode")).minDelta(m_rlrMinDelta.getDoubleValue())
                    .cooldown(m_rlrCooldown.getIntValue()).minLearningRate(m_rlrMinLr.getDoubleValue()).build());
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @return the metrics the early stopping and learning rate reduction watch, those switched on */
    List<String> monitoredMetrics() {
        final List<String> monitored = new ArrayList<>();
        if (m_earlyStopping.getBooleanValue()) {
            monitored.add(m_esMonitor.getStringValue());
        }
        if (m_reduceLr.getBooleanValue()) {
            monitored.add(m_rlrMonitor.getStringValue());
        }
        return monitored;
    }

    private static MonitorMode mode(final SettingsModelString model, final String what)
        throws InvalidSettingsException {
        return MonitorMode.valueOf(choice(model, MODE_CHOICES, what).toUpperCase(Locale.ROOT));
    }

    private static String choice(final SettingsModelString model, final List<String> choices, final String what)
        throws InvalidSettingsException {
        if (!choices.contains(model.getStringValue())) {
            throw new InvalidSettingsException(what + " '" + model.getStringValue() + "' is unknown; use one of "
                + String.join(", ", choices) + ".");
        }
        return model.getStringValue();
    }
}
