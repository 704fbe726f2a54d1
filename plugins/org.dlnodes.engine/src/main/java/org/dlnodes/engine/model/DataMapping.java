package org.dlnodes.engine.model;

import java.util.List;

/**
 * How table data maps to the network's input and output, as the Learner saw it: the feature columns in input order,
 * the class labels in output order (empty for regression) and the normalization applied to the features,
 * {@code (x - offset) / scale} per feature (both empty when the features were not normalized).
 *
 * @param featureNames the input columns, in order
 * @param classLabels the class of each output unit (for a single sigmoid unit: class 0, then class 1)
 * @param offsets the value subtracted from each feature
 * @param scales the value each feature is divided by after the offset
 */
public record DataMapping(List<String> featureNames, List<String> classLabels, List<Double> offsets,
    List<Double> scales) {

    /** Copies the lists and checks that the normalization, when given, has one offset and scale per feature. */
    public DataMapping {
        featureNames = featureNames == null ? List.of() : List.copyOf(featureNames);
        classLabels = classLabels == null ? List.of() : List.copyOf(classLabels);
        offsets = offsets == null ? List.of() : List.copyOf(offsets);
        scales = scales == null ? List.of() : List.copyOf(scales);
        if (offsets.size() != scales.size() || !(offsets.isEmpty() || offsets.size() == featureNames.size())) {
            throw new IllegalArgumentException("The normalization needs one offset and one scale per feature ("
                + featureNames.size() + "); got " + offsets.size() + " and " + scales.size() + ".");
        }
    }
}
