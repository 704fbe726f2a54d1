package org.dlnodes.engine.benchmark;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.optimizer.Optimizers;
import org.dlnodes.engine.train.ComputeSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Where a training step of the reference network spends its time: forward, backward, optimizer, and the largest
 * matrix product alone (not a test; see tests/benchmarks/README.md). Arguments: operation threads, BLAS threads, work
 * threads.
 */
public final class StepProfile {

    private StepProfile() {
    }

    public static void main(final String[] args) {
        final int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        final int blas = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        final int work = args.length > 2 ? Integer.parseInt(args[2]) : ComputeSettings.defaults().workThreads();
        Nd4jRuntime.initialize(BackendChoice.CPU);
        new ComputeSettings(threads, blas, work, 0).applyThreads();
        final Network network = Network.create(FashionMnistBenchmark.referenceNetwork(), 42);
        final Optimizer optimizer = Optimizers.create(network.spec().optimizer(), network.parameters().length(),
            DataType.FLOAT);
        final INDArray x = Nd4j.rand(DataType.FLOAT, 128, 784);
        final INDArray y = Nd4j.zeros(DataType.FLOAT, 128, 10);
        for (int i = 0; i < 128; i++) {
            y.putScalar(i, i % 10, 1);
        }
        final int steps = 300;
        for (int round = 0; round < 3; round++) {
            long forward = 0;
            long backward = 0;
            long step = 0;
            for (int i = 0; i < steps; i++) {
                final long t0 = System.nanoTime();
                network.forward(x, true);
                final long t1 = System.nanoTime();
                network.backward(y);
                final long t2 = System.nanoTime();
                optimizer.step(network.parameters(), network.gradients());
                final long t3 = System.nanoTime();
                forward += t1 - t0;
                backward += t2 - t1;
                step += t3 - t2;
            }
            System.err.printf("per batch: forward %.3f ms, backward %.3f ms, optimizer %.3f ms -> %.0f samples/s%n",
                forward / 1e6 / steps, backward / 1e6 / steps, step / 1e6 / steps,
                128.0 * steps / ((forward + backward + step) / 1e9));
        }
        final INDArray w = Nd4j.rand(DataType.FLOAT, 784, 256);
        final INDArray out = Nd4j.createUninitialized(DataType.FLOAT, 128, 256);
        final long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            Nd4j.gemm(x, w, out, false, false, 1.0, 0.0);
        }
        final double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("GEMM 128x784x256: %.3f ms, %.1f GFLOP/s%n", seconds, 2.0 * 128 * 784 * 256 * 1000 / seconds / 1e9);
    }
}
