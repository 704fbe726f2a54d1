package org.dlnodes.knime.nodes.optimizer;

import java.util.List;

import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.spec.ScheduleSpec;
import org.dlnodes.engine.spec.ScheduleType;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The Optimizer node's settings: the optimizer with its hyper-parameters (Adam's Keras defaults at first), gradient
 * clipping and the learning-rate schedule. Parameters the chosen optimizer does not use are ignored.
 */
final class OptimizerSettings extends BuilderSettings {

    static final List<String> WITH_MOMENTUM = choices(OptimizerType.MOMENTUM, OptimizerType.NESTEROV,
        OptimizerType.RMSPROP);

    static final List<String> WITH_BETAS = choices(OptimizerType.ADAM, OptimizerType.ADAMAX, OptimizerType.NADAM,
        OptimizerType.AMSGRAD);

    static final List<String> WITH_RHO = choices(OptimizerType.RMSPROP, OptimizerType.ADADELTA);

    static final List<String> WITH_CENTERED = choices(OptimizerType.RMSPROP);

    static final List<String> WITH_ACCUMULATOR = choices(OptimizerType.ADAGRAD);

    static final List<String> DECAYING = choices(ScheduleType.STEP_DECAY, ScheduleType.EXPONENTIAL_DECAY,
        ScheduleType.COSINE_DECAY);

    static final List<String> WITH_RATE = choices(ScheduleType.STEP_DECAY, ScheduleType.EXPONENTIAL_DECAY);

    static final List<String> WITH_ALPHA = choices(ScheduleType.COSINE_DECAY);

    private static final OptimizerSpec ADAM = OptimizerSpec.adam();

    private final SettingsModelString m_type = text("optimizer", choice(ADAM.type()));

    private final SettingsModelDoubleBounded m_learningRate = positive("learning_rate", ADAM.learningRate());

    private final SettingsModelDoubleBounded m_momentum = fraction("momentum", ADAM.momentum());

    private final SettingsModelDoubleBounded m_beta1 = fraction("beta1", ADAM.beta1());

    private final SettingsModelDoubleBounded m_beta2 = fraction("beta2", ADAM.beta2());

    private final SettingsModelDoubleBounded m_epsilon = positive("epsilon", ADAM.epsilon());

    private final SettingsModelDoubleBounded m_rho = fraction("rho", ADAM.rho());

    private final SettingsModelBoolean m_centered = flag("centered", ADAM.centered());

    private final SettingsModelDoubleBounded m_initialAccumulator =
        positive("initial_accumulator", ADAM.initialAccumulator());

    private final SettingsModelDoubleBounded m_clipNorm = positive("clip_norm", 0);

    private final SettingsModelDoubleBounded m_clipValue = positive("clip_value", 0);

    private final SettingsModelString m_schedule =
        text("schedule", choice(ScheduleType.CONSTANT));

    private final SettingsModelIntegerBounded m_scheduleSteps =
        integer("schedule_steps", 1000, 1, Integer.MAX_VALUE);

    private final SettingsModelDoubleBounded m_scheduleRate = fraction("schedule_rate", 0.96);

    private final SettingsModelDoubleBounded m_scheduleAlpha = fraction("schedule_alpha", 0);

    private SettingsModelDoubleBounded positive(final String key, final double value) {
        return number(key, value, 0, Double.MAX_VALUE);
    }

    /** A value in [0, 1]; the engine rejects 1 where it must be below 1, with the reason. */
    private SettingsModelDoubleBounded fraction(final String key, final double value) {
        return number(key, value, 0, 1);
    }

    /** Sets the hyper-parameters to the optimizer's Keras defaults, e.g. when the dialog's choice changes. */
    void applyKerasDefaults() {
        try {
            final OptimizerSpec d = OptimizerSpec.builder(parse(m_type, OptimizerType.class, "Optimizer")).build();
            m_learningRate.setDoubleValue(d.learningRate());
            m_momentum.setDoubleValue(d.momentum());
            m_beta1.setDoubleValue(d.beta1());
            m_beta2.setDoubleValue(d.beta2());
            m_epsilon.setDoubleValue(d.epsilon());
            m_rho.setDoubleValue(d.rho());
            m_initialAccumulator.setDoubleValue(d.initialAccumulator());
        } catch (InvalidSettingsException e) {
            // an unknown optimizer keeps its values; configure reports it
        }
    }

    SettingsModelString type() {
        return m_type;
    }

    SettingsModelDoubleBounded learningRate() {
        return m_learningRate;
    }

    SettingsModelDoubleBounded momentum() {
        return m_momentum;
    }

    SettingsModelDoubleBounded beta1() {
        return m_beta1;
    }

    SettingsModelDoubleBounded beta2() {
        return m_beta2;
    }

    SettingsModelDoubleBounded epsilon() {
        return m_epsilon;
    }

    SettingsModelDoubleBounded rho() {
        return m_rho;
    }

    SettingsModelBoolean centered() {
        return m_centered;
    }

    SettingsModelDoubleBounded initialAccumulator() {
        return m_initialAccumulator;
    }

    SettingsModelDoubleBounded clipNorm() {
        return m_clipNorm;
    }

    SettingsModelDoubleBounded clipValue() {
        return m_clipValue;
    }

    SettingsModelString schedule() {
        return m_schedule;
    }

    SettingsModelIntegerBounded scheduleSteps() {
        return m_scheduleSteps;
    }

    SettingsModelDoubleBounded scheduleRate() {
        return m_scheduleRate;
    }

    SettingsModelDoubleBounded scheduleAlpha() {
        return m_scheduleAlpha;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) throws InvalidSettingsException {
        final OptimizerSpec optimizer = OptimizerSpec.builder(parse(m_type, OptimizerType.class, "Optimizer"))
            .learningRate(m_learningRate.getDoubleValue()).momentum(m_momentum.getDoubleValue())
            .beta1(m_beta1.getDoubleValue()).beta2(m_beta2.getDoubleValue()).epsilon(m_epsilon.getDoubleValue())
            .rho(m_rho.getDoubleValue()).centered(m_centered.getBooleanValue())
            .initialAccumulator(m_initialAccumulator.getDoubleValue()).clipNorm(m_clipNorm.getDoubleValue())
            .clipValue(m_clipValue.getDoubleValue()).schedule(schedule(parse(m_schedule, ScheduleType.class,
                "Learning-rate schedule")))
            .build();
        return NetworkChain.withOptimizer(incoming, optimizer);
    }

    private ScheduleSpec schedule(final ScheduleType type) {
        final int steps = m_scheduleSteps.getIntValue();
        return switch (type) {
            case CONSTANT -> ScheduleSpec.CONSTANT;
            case STEP_DECAY -> ScheduleSpec.stepDecay(steps, m_scheduleRate.getDoubleValue());
            case EXPONENTIAL_DECAY -> ScheduleSpec.exponentialDecay(steps, m_scheduleRate.getDoubleValue());
            case COSINE_DECAY -> ScheduleSpec.cosineDecay(steps, m_scheduleAlpha.getDoubleValue());
        };
    }
}
