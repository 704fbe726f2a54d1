package org.dlnodes.engine.train;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.indexaccum.custom.ArgMax;
import org.nd4j.linalg.api.ops.impl.reduce.longer.CountZero;
import org.nd4j.linalg.api.ops.impl.reduce.longer.MatchCondition;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The metric reported next to the loss, as Keras' {@code metrics=["accuracy"]} or {@code ["mae"]}: accuracy for
 * classifiers, the mean absolute error for regression. Computed batch by batch on the device into reused buffers.
 */
abstract class OutputMetric {

    /** @return accuracy for a classifier, the mean absolute error otherwise */
    static OutputMetric of(final NetworkSpec spec) {
        if (spec.outputKind() == OutputKind.REGRESSION) {
            return new MeanAbsoluteError();
        }
        if (spec.outputSize() > 1) {
            return new ArgMaxAccuracy();
        }
        final LossType loss = spec.loss().type();
        // A single unit: sigmoid probabilities, or hinge scores whose sign is the class.
        return new ThresholdAccuracy(loss == LossType.HINGE || loss == LossType.SQUARED_HINGE ? 0 : 0.5);
    }

    /** @return the metric's name in the history, e.g. "accuracy" */
    abstract String name();

    /**
     * @param outputs the network's outputs of a batch
     * @param targets the batch's targets
     * @return the sum over the batch's rows of the per-row metric (1 or 0 for accuracy, the mean absolute error of
     *         the row's outputs for regression), so that the epoch's value is the total over the rows
     */
    abstract double batchTotal(INDArray outputs, INDArray targets);

    /** Classes as the position of the largest output, compared with the largest target (or the class index). */
    private static final class ArgMaxAccuracy extends OutputMetric {

        private final ReusableArray predicted = new ReusableArray();

        private final ReusableArray truth = new ReusableArray();

        @Override
        String name() {
            return "accuracy";
        }

        @Override
        double batchTotal(final INDArray outputs, final INDArray targets) {
            final INDArray classes = predicted.shaped(DataType.LONG, outputs.rows(), 1);
            Nd4j.exec(new ArgMax(new INDArray[] {outputs}, new INDArray[] {classes}, true, 1));
            final INDArray trueClasses = truth.shaped(DataType.LONG, outputs.rows(), 1);
            if (targets.columns() == 1) {
                trueClasses.assign(targets); // class indices, the sparse form
            } else {
                Nd4j.exec(new ArgMax(new INDArray[] {targets}, new INDArray[] {trueClasses}, true, 1));
            }
            return Nd4j.getExecutioner().exec(new CountZero(classes.subi(trueClasses))).getDouble(0);
        }
    }

    /** A single output: class 1 when above the threshold; targets are 0/1 (or -1/1), so class 1 is above 0.5. */
    private static final class ThresholdAccuracy extends OutputMetric {

        private static final double TARGET_THRESHOLD = 0.5;

        private final double threshold;

        private final ReusableArray predictedSide = new ReusableArray();

        private final ReusableArray trueSide = new ReusableArray();

        ThresholdAccuracy(final double threshold) {
            this.threshold = threshold;
        }

        @Override
        String name() {
            return "accuracy";
        }

        @Override
        double batchTotal(final INDArray outputs, final INDArray targets) {
            final INDArray predicted = predictedSide.like(outputs).assign(outputs).subi(threshold);
            Nd4j.exec(new Sign(predicted, predicted));
            final INDArray actual = trueSide.like(targets).assign(targets).subi(TARGET_THRESHOLD);
            Nd4j.exec(new Sign(actual, actual));
            return Nd4j.getExecutioner()
                .exec(new MatchCondition(predicted.muli(actual), Conditions.greaterThan(0))).getDouble(0);
        }
    }

    /** Per row the mean over the outputs of {@code |output - target|}. */
    private static final class MeanAbsoluteError extends OutputMetric {

        private final ReusableArray errors = new ReusableArray();

        @Override
        String name() {
            return "mae";
        }

        @Override
        double batchTotal(final INDArray outputs, final INDArray targets) {
            final INDArray absolute = Transforms.abs(errors.like(outputs).assign(outputs).subi(targets), false);
            return absolute.sumNumber().doubleValue() / outputs.columns();
        }
    }
}
