package org.dlnodes.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * The scores of a classifier on labelled rows: what the Scorer node shows. Immutable.
 *
 * @param confusionMatrix the counts by true and predicted class, with the labels
 * @param perClass precision, recall, F1 and support of each class, in the order of the labels
 * @param accuracy the fraction of rows predicted as their true class
 * @param macroAverage the unweighted mean of the per-class scores over the classes that occur as truth or as
 *            prediction
 * @param weightedAverage the mean of the per-class scores weighted by support
 * @param cohensKappa agreement beyond chance, {@code (p_o - p_e) / (1 - p_e)}; NaN when {@code p_e = 1}
 * @param logLoss see {@link LogLoss}; empty when no probabilities were given
 * @param rocAuc see {@link RocAuc#of(int[], double[][])}, NaN for a single label; empty when no probabilities
 *            were given
 */
public record ClassificationReport(ConfusionMatrix confusionMatrix, List<ClassScores> perClass, double accuracy,
    ClassScores macroAverage, ClassScores weightedAverage, double cohensKappa, OptionalDouble logLoss,
    OptionalDouble rocAuc) {

    public ClassificationReport {
        Objects.requireNonNull(confusionMatrix, "confusionMatrix");
        perClass = List.copyOf(perClass);
        Objects.requireNonNull(macroAverage, "macroAverage");
        Objects.requireNonNull(weightedAverage, "weightedAverage");
        Objects.requireNonNull(logLoss, "logLoss");
        Objects.requireNonNull(rocAuc, "rocAuc");
    }

    /**
     * Scores predicted classes.
     *
     * @param labels the class labels; class index {@code k} stands for {@code labels.get(k)}
     * @param trueClasses the true class index of each row
     * @param predictedClasses the predicted class index of each row
     * @return the report, without log loss and ROC AUC
     * @throws IllegalArgumentException see {@link ConfusionMatrix#of(List, int[], int[])}
     */
    public static ClassificationReport of(final List<String> labels, final int[] trueClasses,
        final int[] predictedClasses) {
        return fromMatrix(ConfusionMatrix.of(labels, trueClasses, predictedClasses), OptionalDouble.empty(),
            OptionalDouble.empty());
    }

    /**
     * Scores predicted classes and the class probabilities they came from.
     *
     * @param labels the class labels; class index {@code k} stands for {@code labels.get(k)}
     * @param trueClasses the true class index of each row
     * @param predictedClasses the predicted class index of each row (argmax, or a threshold for two classes)
     * @param probabilities per row, the predicted probability of each class, in the order of the labels
     * @return the report with log loss and ROC AUC
     * @throws IllegalArgumentException for bad classes (see {@link ConfusionMatrix#of(List, int[], int[])}), when
     *             the probability rows do not have one column per label or are not probabilities
     */
    public static ClassificationReport of(final List<String> labels, final int[] trueClasses,
        final int[] predictedClasses, final double[][] probabilities) {
        final ConfusionMatrix matrix = ConfusionMatrix.of(labels, trueClasses, predictedClasses);
        Inputs.requireClassProbabilities(trueClasses, probabilities, labels.size());
        return fromMatrix(matrix, OptionalDouble.of(LogLoss.of(trueClasses, probabilities)),
            OptionalDouble.of(labels.size() < 2 ? Double.NaN : RocAuc.of(trueClasses, probabilities)));
    }

    private static ClassificationReport fromMatrix(final ConfusionMatrix matrix, final OptionalDouble logLoss,
        final OptionalDouble rocAuc) {
        final List<ClassScores> perClass =
            IntStream.range(0, matrix.classCount()).mapToObj(k -> ClassScores.of(matrix, k)).toList();
        return new ClassificationReport(matrix, perClass, (double)matrix.correct() / matrix.total(),
            macroAverage(matrix, perClass), weightedAverage(perClass, matrix.total()), cohensKappa(matrix), logLoss,
            rocAuc);
    }

    private static ClassScores macroAverage(final ConfusionMatrix matrix, final List<ClassScores> perClass) {
        final List<ClassScores> occurring = IntStream.range(0, perClass.size())
            .filter(k -> matrix.actual(k) + matrix.predicted(k) > 0).mapToObj(perClass::get).toList();
        final int n = occurring.size();
        return new ClassScores("macro average", occurring.stream().mapToDouble(ClassScores::precision).sum() / n,
            occurring.stream().mapToDouble(ClassScores::recall).sum() / n,
            occurring.stream().mapToDouble(ClassScores::f1).sum() / n, matrix.total());
    }

    private static ClassScores weightedAverage(final List<ClassScores> perClass, final long total) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        for (final ClassScores scores : perClass) {
            precision += scores.support() * scores.precision();
            recall += scores.support() * scores.recall();
            f1 += scores.support() * scores.f1();
        }
        return new ClassScores("weighted average", precision / total, recall / total, f1 / total, total);
    }

    /**
     * Cohen's kappa: observed agreement p_o against the agreement p_e expected if truth and prediction were
     * independent with their observed class frequencies.
     */
    private static double cohensKappa(final ConfusionMatrix matrix) {
        final double n = matrix.total();
        final double observed = matrix.correct() / n;
        double chance = 0;
        for (int k = 0; k < matrix.classCount(); k++) {
            chance += (matrix.actual(k) / n) * (matrix.predicted(k) / n);
        }
        return chance == 1 ? Double.NaN : (observed - chance) / (1 - chance);
    }

    /**
     * @return the overall scores as named values, in the order a Scorer table shows them; log loss and ROC AUC
     *         only when probabilities were given
     */
    public List<MetricValue> metrics() {
        final List<MetricValue> metrics = new ArrayList<>(List.of(new MetricValue("accuracy", accuracy),
            new MetricValue("Cohen's kappa", cohensKappa),
            new MetricValue("macro precision", macroAverage.precision()),
            new MetricValue("macro recall", macroAverage.recall()), new MetricValue("macro F1", macroAverage.f1()),
            new MetricValue("weighted precision", weightedAverage.precision()),
            new MetricValue("weighted recall", weightedAverage.recall()),
            new MetricValue("weighted F1", weightedAverage.f1())));
        logLoss.ifPresent(value -> metrics.add(new MetricValue("log loss", value)));
        rocAuc.ifPresent(value -> metrics.add(new MetricValue("ROC AUC", value)));
        return List.copyOf(metrics);
    }
}
