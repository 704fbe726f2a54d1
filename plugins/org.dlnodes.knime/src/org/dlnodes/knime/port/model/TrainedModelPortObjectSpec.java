package org.dlnodes.knime.port.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.swing.JComponent;

import org.dlnodes.engine.spec.InvalidSpecException;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.knime.data.FeatureColumn;
import org.dlnodes.knime.data.FeatureColumn.Kind;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * What a trained model is known to be before training runs: the network, the feature columns in input order with
 * their kinds and widths, the target columns and the classes. The Predictor configures from it (output columns,
 * feature checks) and expands the feature columns as the Learner did.
 */
public final class TrainedModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Saves and loads the spec with the workflow; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<TrainedModelPortObjectSpec> {
    }

    /**
     * The version of this content, raised when its meaning changes: 2 added the feature layout (version 1 models
     * have numeric features only, which is how they are read).
     */
    static final int CONTENT_VERSION = 2;

    private static final String KEY_VERSION = "content_version";

    private static final String KEY_NETWORK = "network_json";

    private static final String KEY_FEATURES = "feature_columns";

    private static final String KEY_LAYOUT = "feature_layout";

    private static final String KEY_KIND = "kind";

    private static final String KEY_WIDTH = "width";

    private static final String KEY_TARGETS = "target_columns";

    private static final String KEY_CLASSES = "class_labels";

    private NetworkSpec m_network;

    private List<FeatureColumn> m_features;

    private List<String> m_targets;

    private List<String> m_classes;

    /** For the serializer only. */
    public TrainedModelPortObjectSpec() {
    }

    /**
     * @param network the trainable network, with its input size
     * @param features the feature columns, in input order, with their widths where known
     * @param targets the target columns, in output order: one nominal column, or one numeric column per output
     * @param classes the class labels in output order, empty for regression
     */
    public TrainedModelPortObjectSpec(final NetworkSpec network, final List<FeatureColumn> features,
        final List<String> targets, final List<String> classes) {
        m_network = Objects.requireNonNull(network, "network");
        m_features = List.copyOf(features);
        m_targets = List.copyOf(targets);
        m_classes = List.copyOf(classes);
    }

    /** @return the network */
    public NetworkSpec network() {
        return m_network;
    }

    /** @return the names of the feature columns, in input order */
    public List<String> featureColumns() {
        return m_features.stream().map(FeatureColumn::name).toList();
    }

    /** @return the feature columns with their kinds and widths, in input order */
    public List<FeatureColumn> featureLayout() {
        return m_features;
    }

    /** @return the target columns the model learnt, in output order */
    public List<String> targetColumns() {
        return m_targets;
    }

    /** @return the class labels in output order, empty for regression */
    public List<String> classLabels() {
        return m_classes;
    }

    /** @return whether the model predicts classes */
    public boolean isClassifier() {
        return m_network.outputKind() == OutputKind.CLASSES;
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addInt(KEY_VERSION, CONTENT_VERSION);
        model.addString(KEY_NETWORK, m_network.toJson());
        model.addStringArray(KEY_FEATURES, featureColumns().toArray(String[]::new));
        final ModelContentWO layout = model.addModelContent(KEY_LAYOUT);
        for (int i = 0; i < m_features.size(); i++) {
            final ModelContentWO column = layout.addModelContent(Integer.toString(i));
            column.addString(KEY_KIND, m_features.get(i).kind().name());
            column.addInt(KEY_WIDTH, m_features.get(i).width());
        }
        model.addStringArray(KEY_TARGETS, m_targets.toArray(String[]::new));
        model.addStringArray(KEY_CLASSES, m_classes.toArray(String[]::new));
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        final int version = model.getInt(KEY_VERSION);
        if (version > CONTENT_VERSION) {
            throw new InvalidSettingsException("The trained model was saved by a newer version of the Deep Learning"
                + " Nodes (content version " + version + "); update the extension to open it.");
        }
        try {
            m_network = NetworkSpec.fromJson(model.getString(KEY_NETWORK));
        } catch (InvalidSpecException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        m_features = features(model, version);
        m_targets = List.of(model.getStringArray(KEY_TARGETS));
        m_classes = List.of(model.getStringArray(KEY_CLASSES));
    }

    private static List<FeatureColumn> features(final ModelContentRO model, final int version)
        throws InvalidSettingsException {
        final String[] names = model.getStringArray(KEY_FEATURES);
        final List<FeatureColumn> features = new ArrayList<>();
        final ModelContentRO layout = version < 2 ? null : model.getModelContent(KEY_LAYOUT);
        for (int i = 0; i < names.length; i++) {
            if (layout == null) {
                features.add(new FeatureColumn(names[i], Kind.NUMBER, 1));
                continue;
            }
            final ModelContentRO column = layout.getModelContent(Integer.toString(i));
            try {
                features.add(new FeatureColumn(names[i], Kind.valueOf(column.getString(KEY_KIND)),
                    column.getInt(KEY_WIDTH)));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("The feature column '" + names[i] + "' has the unknown kind '"
                    + column.getString(KEY_KIND) + "'; update the extension to open this model.", e);
            }
        }
        return List.copyOf(features);
    }

    @Override
    public JComponent[] getViews() {
        return new NetworkSpecPortObjectSpec(m_network).getViews();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof TrainedModelPortObjectSpec s && Objects.equals(m_network, s.m_network)
            && Objects.equals(m_features, s.m_features) && Objects.equals(m_targets, s.m_targets)
            && Objects.equals(m_classes, s.m_classes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_network, m_features, m_targets, m_classes);
    }
}
