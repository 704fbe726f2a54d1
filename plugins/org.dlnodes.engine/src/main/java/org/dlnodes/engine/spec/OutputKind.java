package org.dlnodes.engine.spec;

/** What a network predicts, as its loss says. */
public enum OutputKind {
    /** Class probabilities or scores, one of the classes is the prediction. */
    CLASSES,
    /** Numbers. */
    REGRESSION
}
