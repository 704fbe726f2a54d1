package org.dlnodes.engine.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A CSV data set from the test resources (header, numeric features, target last), split into a training and a
 * held-out test part with a fixed seed (stratified by class for classification, so that both parts have the class
 * proportions of the whole), features standardized with the training part's statistics.
 *
 * @param trainX training features
 * @param trainY training targets: class indices in one column, or the numeric target
 * @param testX held-out features
 * @param testY held-out targets
 * @param classes the class names in index order, empty for regression
 */
public record Dataset(INDArray trainX, INDArray trainY, INDArray testX, INDArray testY, List<String> classes) {

    /** Reads {@code datasets/<name>.csv}; targets that are not all numbers, or {@code classification}, are classes. */
    public static Dataset load(final String name, final boolean classification, final double testFraction,
        final long seed) {
        final List<double[]> features = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            Dataset.class.getResourceAsStream("/datasets/" + name + ".csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                final String[] cells = line.split(",");
                final double[] row = new double[cells.length - 1];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Double.parseDouble(cells[i]);
                }
                features.add(row);
                targets.add(cells[cells.length - 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final List<String> classes = classification ? new ArrayList<>(new TreeSet<>(targets)) : List.of();
        final List<Integer> order = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        final List<Integer> testFirst = new ArrayList<>();
        final List<Integer> trainLast = new ArrayList<>();
        for (final String group : classification ? classes : List.of("")) {
            final List<Integer> members = order.stream()
                .filter(i -> !classification || targets.get(i).equals(group)).toList();
            final int inTest = (int)Math.round(members.size() * testFraction);
            testFirst.addAll(members.subList(0, inTest));
            trainLast.addAll(members.subList(inTest, members.size()));
        }
        final int testRows = testFirst.size();
        order.clear();
        order.addAll(trainLast);
        order.addAll(testFirst);
        final double[][] x = new double[features.size()][];
        final double[][] y = new double[features.size()][1];
        for (int i = 0; i < order.size(); i++) {
            x[i] = features.get(order.get(i));
            final String target = targets.get(order.get(i));
            y[i][0] = classification ? classes.indexOf(target) : Double.parseDouble(target);
        }
        final INDArray allX = Nd4j.createFromArray(x).castTo(DataType.FLOAT);
        final INDArray allY = Nd4j.createFromArray(y).castTo(DataType.FLOAT);
        final int trainRows = x.length - testRows;
        final INDArray trainX = allX.get(Nd4j.createFromArray(range(0, trainRows))).dup();
        final INDArray testX = allX.get(Nd4j.createFromArray(range(trainRows, x.length))).dup();
        final INDArray mean = trainX.mean(0);
        final INDArray std = trainX.std(0).addi(1e-6);
        trainX.subiRowVector(mean).diviRowVector(std);
        testX.subiRowVector(mean).diviRowVector(std);
        return new Dataset(trainX, allY.get(Nd4j.createFromArray(range(0, trainRows))).dup(), testX,
            allY.get(Nd4j.createFromArray(range(trainRows, x.length))).dup(), classes);
    }

    private static int[] range(final int from, final int to) {
        final int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return indices;
    }
}
