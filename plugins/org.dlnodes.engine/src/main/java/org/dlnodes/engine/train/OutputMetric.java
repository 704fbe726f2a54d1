package org.dlnodes.engine.train;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.engine.tensor.HostArgMax;
import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.ReusableArray;
import org.dlnodes.engine.tensor.ReusedOp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.longer.CountZero;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;
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

    /** The share of rows whose predicted class is the true one, counted on the device into a reused scalar. */
    private abstract static class Accuracy extends OutputMetric {

        private final ReusableArray predicted = new ReusableArray();

        private final ReusableArray truth = new ReusableArray();

        private final INDArray matches = Nd4j.scalar(DataType.LONG, 0L);

        @Override
        final String name() {
            return "accuracy";
        }

        @Override
        double batchTotal(final INDArray outputs, final INDArray targets) {
            final INDArray predictedClasses = predicted.shaped(classType(), outputs.rows(), 1);
            final INDArray trueClasses = truth.shaped(classType(), outputs.rows(), 1);
            classes(outputs, targets, predictedClasses, trueClasses);
            Nd4j.getExecutioner().exec(new CountZero(predictedClasses.subi(trueClasses), null, matches));
            return matches.getDouble(0);
        }

        /** @return the type of the class columns */
        abstract DataType classType();

        /** Writes the predicted and the true class of every row as a column. */
        abstract void classes(INDArray outputs, INDArray targets, INDArray predicted, INDArray truth);
    }

    /**
     * Classes as the position of the largest output (the first of equal ones), compared with the largest target (or
     * the class index). Float32 on the CPU counts in Java on copies of the two small matrices: libnd4j's two argmax
     * operations, the subtraction and the count took about 120 µs a batch of 128 x 10, the copies and loop a few.
     */
    private static final class ArgMaxAccuracy extends Accuracy {

        /** libnd4j's argmax along dimension 1, keeping it: a column of classes */
        private final ReusedOp predictedArgMax = new ReusedOp("argmax", 1).booleans(true).integers(1);

        private final ReusedOp trueArgMax = new ReusedOp("argmax", 1).booleans(true).integers(1);

        private final HostArgMax argMax = new HostArgMax();

        private int[] predictedClasses = new int[0];

        private int[] trueClasses = new int[0];

        private float[] classIndices = new float[0];

        @Override
        double batchTotal(final INDArray outputs, final INDArray targets) {
            if (!HostArgMax.available(outputs) || !HostArgMax.available(targets)) {
                return super.batchTotal(outputs, targets);
            }
            final int rows = Math.toIntExact(outputs.rows());
            if (predictedClasses.length < rows) {
                predictedClasses = new int[rows];
                trueClasses = new int[rows];
                classIndices = new float[rows];
            }
            argMax.of(outputs, predictedClasses);
            if (targets.columns() == 1) {
                HostCopy.read(targets, classIndices);
                for (int row = 0; row < rows; row++) {
                    trueClasses[row] = Math.round(classIndices[row]);
                }
            } else {
                argMax.of(targets, trueClasses);
            }
            int matches = 0;
            for (int row = 0; row < rows; row++) {
                matches += predictedClasses[row] == trueClasses[row] ? 1 : 0;
            }
            return matches;
        }

        @Override
        DataType classType() {
            return DataType.LONG;
        }

        @Override
        void classes(final INDArray outputs, final INDArray targets, final INDArray predicted, final INDArray truth) {
            predictedArgMax.run(outputs, predicted);
            if (targets.columns() == 1) {
                truth.assign(targets); // class indices, the sparse form
            } else {
                trueArgMax.run(targets, truth);
            }
        }
    }

    /** A single output: class 1 when above the threshold; targets are 0/1 (or -1/1), so class 1 is above 0.5. */
    private static final class ThresholdAccuracy extends Accuracy {

        private static final double TARGET_THRESHOLD = 0.5;

        private final double threshold;

        ThresholdAccuracy(final double threshold) {
            this.threshold = threshold;
        }

        @Override
        DataType classType() {
            return DataType.FLOAT;
        }

        @Override
        void classes(final INDArray outputs, final INDArray targets, final INDArray predicted, final INDArray truth) {
            Nd4j.exec(new Step(outputs, predicted, threshold));
            Nd4j.exec(new Step(targets, truth, TARGET_THRESHOLD));
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
