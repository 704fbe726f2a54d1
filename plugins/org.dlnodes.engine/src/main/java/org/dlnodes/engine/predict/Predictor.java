package org.dlnodes.engine.predict;

import org.dlnodes.engine.data.BatchReader;
import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.engine.tensor.HostArgMax;
import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.indexaccum.custom.ArgMax;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Batched inference: dropout off, batchnorm with its running statistics. The class of a row is the most probable
 * one, or for two classes the comparison of class 1's output with the threshold. Uses the network's buffers, so a
 * network serves one predictor at a time; give each thread its own network (e.g. {@code TrainedModel.toNetwork()}).
 */
public final class Predictor {

    private final Network network;

    private final int batchSize;

    private final boolean classifier;

    private final double threshold;

    private final ReusableArray features = new ReusableArray();

    private final ReusableArray classes = new ReusableArray();

    private final ReusableArray above = new ReusableArray();

    private final HostArgMax argMax = new HostArgMax();

    /**
     * @param network the trained network
     * @param settings the batch size and threshold
     */
    public Predictor(final Network network, final PredictionSettings settings) {
        this.network = network;
        this.batchSize = settings.batchSize();
        final NetworkSpec spec = network.spec();
        classifier = spec.outputKind() == OutputKind.CLASSES;
        final boolean scores = spec.loss().type() == LossType.HINGE || spec.loss().type() == LossType.SQUARED_HINGE;
        threshold = settings.threshold().orElse(scores ? 0 : 0.5);
    }

    /**
     * Predicts all rows, handing them out batch by batch.
     *
     * @param data the rows; their targets, if any, are not read
     * @param consumer receives each batch's predictions
     */
    public void predict(final DataSource data, final PredictionConsumer consumer) {
        final int rows = data.rowCount();
        try (BatchReader reader = data.open(null)) {
            for (int first = 0; first < rows; first += batchSize) {
                final int count = Math.min(batchSize, rows - first);
                final INDArray x = features.shaped(DataType.FLOAT, count, data.featureCount());
                reader.read(x, null);
                final INDArray outputs = network.forward(x, false);
                consumer.accept(first, rows(outputs), classifier ? classesOf(outputs) : null);
            }
        }
    }

    /** @return the predictions of all rows, held in memory */
    public Prediction predictAll(final DataSource data) {
        final float[][] outputs = new float[data.rowCount()][];
        final int[] predicted = new int[classifier ? data.rowCount() : 0];
        predict(data, (first, batchOutputs, batchClasses) -> {
            System.arraycopy(batchOutputs, 0, outputs, first, batchOutputs.length);
            if (batchClasses != null) {
                System.arraycopy(batchClasses, 0, predicted, first, batchClasses.length);
            }
        });
        return new Prediction(outputs, predicted);
    }

    private int[] classesOf(final INDArray outputs) {
        if (outputs.columns() > 2 && HostArgMax.available(outputs)) {
            final int[] positions = new int[Math.toIntExact(outputs.rows())];
            argMax.of(outputs, positions);
            return positions;
        }
        final INDArray result = classes.shaped(DataType.INT, outputs.rows(), 1);
        if (outputs.columns() > 2) {
            Nd4j.exec(new ArgMax(new INDArray[] {outputs}, new INDArray[] {result}, true, 1));
        } else {
            // Two classes: one unit (class 1's probability or score), or two units, of which the second is class 1.
            final INDArray positive = outputs.get(NDArrayIndex.all(), NDArrayIndex.point(outputs.columns() - 1));
            final INDArray isAbove = above.shaped(outputs.dataType(), outputs.rows(), 1);
            Nd4j.exec(new Step(positive.reshape(outputs.rows(), 1), isAbove, threshold));
            result.assign(isAbove);
        }
        return result.data().asInt();
    }

    /**
     * @return the matrix as Java rows, from one bulk copy of its buffer (ND4J's {@code toFloatMatrix} reads element
     *         by element, which costs more than the forward pass)
     */
    private static float[][] rows(final INDArray matrix) {
        final float[] all = matrix.isView() || matrix.ordering() != 'c' ? matrix.dup('c').data().asFloat()
            : matrix.data().asFloat();
        final int columns = (int)matrix.columns();
        final float[][] rows = new float[(int)matrix.rows()][columns];
        for (int row = 0; row < rows.length; row++) {
            System.arraycopy(all, row * columns, rows[row], 0, columns);
        }
        return rows;
    }
}
