/**
 * Scores of a trained model on labelled data: the core of the Scorer node, in plain Java on arrays.
 *
 * <p>Classes are given as indices into a list of class labels (the order of the labels is the order of the rows and
 * columns of the {@link org.dlnodes.engine.metrics.ConfusionMatrix}); class probabilities as one row per data row and
 * one column per class; regression values as one array per output or as {@code [row][output]}.
 *
 * <p>Bad input is rejected with an {@link java.lang.IllegalArgumentException} that says what is wrong: no rows,
 * arrays of different lengths, class indices outside the labels, NaN or infinite values, probabilities outside [0, 1]
 * or rows of probabilities that do not sum to 1.
 *
 * <p>Where a metric is not defined for the data, the conventions are:
 * <ul>
 * <li>precision of a class never predicted, recall of a class that never occurs, and F1 when both are 0 are
 * <b>0</b>, as scikit-learn does with its default {@code zero_division}. Classes that occur neither as truth nor as
 * prediction are left out of the macro averages, as scikit-learn leaves them out when it takes the labels from the
 * data; they have weight 0 in the weighted averages anyway.</li>
 * <li>the following are <b>NaN</b>, which a table shows as a missing value: Cohen's kappa when chance agreement is
 * certain (truth and prediction are all one and the same class); ROC AUC when a class to rank against the others has
 * no positive or no negative rows (only one class present in the truth, or in one-vs-rest a class that never
 * occurs); R<sup>2</sup> when the targets are constant; MAPE when a target is 0.</li>
 * </ul>
 */
package org.dlnodes.engine.metrics;
