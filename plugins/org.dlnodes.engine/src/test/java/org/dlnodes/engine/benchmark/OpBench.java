package org.dlnodes.engine.benchmark;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.train.ComputeSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BiasAdd;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Microseconds per ND4J operation on the reference network's shapes, to choose between fused and separate operations
 * (not a test; see tests/benchmarks/README.md). Argument: the number of BLAS threads.
 */
public final class OpBench {

    private OpBench() {
    }

    private static void time(final String name, final Runnable op) {
        for (int i = 0; i < 200; i++) {
            op.run();
        }
        final int n = 2000;
        final long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            op.run();
        }
        System.err.printf("%-40s %8.1f us%n", name, (System.nanoTime() - t0) / 1e3 / n);
    }

    public static void main(final String[] args) {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        new ComputeSettings(1, args.length > 0 ? Integer.parseInt(args[0]) : 2, 1, 0).applyThreads();
        final long size = 235_146;
        final INDArray w = Nd4j.rand(DataType.FLOAT, size);
        final INDArray g = Nd4j.rand(DataType.FLOAT, size);
        final INDArray m = Nd4j.zeros(DataType.FLOAT, size);
        final INDArray v = Nd4j.zeros(DataType.FLOAT, size);
        final INDArray update = Nd4j.zeros(DataType.FLOAT, size);
        time("Adam, one op per term (16 ops)", () -> {
            m.addi(update.assign(g).subi(m).muli(0.1));
            v.addi(update.assign(g).muli(g).subi(v).muli(0.001));
            Transforms.sqrt(update.assign(v), false).addi(1e-7);
            w.subi(update.rdivi(m).muli(1e-3));
        });
        time("sqrt in place", () -> Transforms.sqrt(update, false));
        time("AdamUpdater fused + subi", () -> {
            final AdamUpdater op = new AdamUpdater(g, v, m, update, v, m, 1e-3, 0.9, 0.999, 1e-7, 1);
            Nd4j.exec(op);
            w.subi(update);
        });
        time("w.subi(update) alone", () -> w.subi(update));
        final INDArray z = Nd4j.rand(DataType.FLOAT, 128, 256);
        final INDArray a = Nd4j.rand(DataType.FLOAT, 128, 256);
        final INDArray b = Nd4j.rand(DataType.FLOAT, 256);
        time("addiRowVector 128x256", () -> z.addiRowVector(b));
        time("BiasAdd in place 128x256", () -> Nd4j.exec(new BiasAdd(z, b, z, false)));
        time("RectifiedLinear 128x256", () -> Nd4j.exec(new RectifiedLinear(z, a, 0.0)));
        time("Step + muli 128x256", () -> {
            Nd4j.exec(new Step(z, a, 0.0));
            a.muli(z);
        });
        final INDArray delta = Nd4j.rand(DataType.FLOAT, 128, 256);
        time("relu_bp 128x256", () -> Nd4j.exec(DynamicCustomOp.builder("relu_bp").addInputs(z, delta)
            .addOutputs(a).addFloatingPointArguments(0.0).build()));
        final INDArray x = Nd4j.rand(DataType.FLOAT, 128, 784);
        time("sumNumber 128x784", () -> x.sumNumber());
        final INDArray small = Nd4j.rand(DataType.FLOAT, 128, 10);
        time("addi scalar 128x10 (op overhead)", () -> small.addi(1));
        time("sum(0) into 256 (bias grad)", () -> delta.sum(b, 0));
        final INDArray ones = Nd4j.ones(DataType.FLOAT, 1, 128);
        final INDArray bRow = b.reshape(1, 256);
        time("gemm 1^T b, beta 1 (bias add)", () -> Nd4j.gemm(ones, bRow, z, true, false, 1.0, 1.0));
        time("gemm 1 delta (bias grad)", () -> Nd4j.gemm(ones, delta, bRow, false, false, 1.0, 0.0));
        final INDArray w1 = Nd4j.rand(DataType.FLOAT, 784, 256);
        time("gemm 128x784 * 784x256", () -> Nd4j.gemm(x, w1, z, false, false, 1.0, 0.0));
        time("gemm x^T dz 784x128 * 128x256", () -> Nd4j.gemm(x, delta, w1, true, false, 1.0, 0.0));
        final INDArray w1t = w1.transpose();
        time("gemm dz^T x into dW^T (f view)", () -> Nd4j.gemm(delta, x, w1t, true, false, 1.0, 0.0));
        final INDArray xf = x.dup('f');
        time("gemm x^T dz with x f-ordered", () -> Nd4j.gemm(xf, delta, w1, true, false, 1.0, 0.0));
        time("mmuli x^T dz", () -> x.transpose().mmuli(delta, w1));
    }
}
