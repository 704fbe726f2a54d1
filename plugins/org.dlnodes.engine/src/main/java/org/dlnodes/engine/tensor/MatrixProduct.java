package org.dlnodes.engine.tensor;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A matrix product {@code c = op(a) op(b)} at one place of a layer, {@code op} transposing or not as fixed when it
 * is made. Float32 matrices in host memory with contiguous rows go straight to OpenBLAS' {@code cblas_sgemm}
 * (libnd4j's {@code matmul} spent about 50 µs around OpenBLAS' 370 for 128 x 784 x 256), and a large product is
 * split over the {@link SharedWork} threads: each chunk is one single-threaded OpenBLAS call, so the result depends
 * only on the shapes and the thread count. It is split by columns of {@code c} when it has more columns than rows,
 * else by rows: a layer's forward product {@code x W} has more units than rows, and by columns each thread reads only
 * its part of the weights, which the optimizer has just written on another core (split by rows, each thread read
 * all of them and the first layer's product gained nothing in training). Everything else runs as libnd4j's
 * {@code matmul}. Not thread-safe, like the layer that owns it.
 */
public final class MatrixProduct {

    /** Products with fewer multiply-adds than this are not split: sharing them would cost more than it saves. */
    static final long SMALLEST_SPLIT = 1L << 20;

    /** Chunks are whole multiples of this many rows or columns, the blocks of OpenBLAS' kernels. */
    private static final int BLOCK = 16;

    private final boolean transposeA;

    private final boolean transposeB;

    private final ReusedOp matmul;

    /**
     * @param transposeA whether {@code a} enters transposed
     * @param transposeB whether {@code b} enters transposed
     */
    public MatrixProduct(final boolean transposeA, final boolean transposeB) {
        this.transposeA = transposeA;
        this.transposeB = transposeB;
        matmul = new ReusedOp("matmul", 2).integers(transposeA ? 1 : 0, transposeB ? 1 : 0, 0);
    }

    /** Writes {@code op(a) op(b)} into {@code c}. */
    public void run(final INDArray a, final INDArray b, final INDArray c) {
        if (!inHostMemory(a) || !inHostMemory(b) || !inHostMemory(c)) {
            matmul.run(a, b, c);
            return;
        }
        final int m = Math.toIntExact(c.rows());
        final int n = Math.toIntExact(c.columns());
        final int k = Math.toIntExact(transposeA ? a.rows() : a.columns());
        if ((transposeA ? a.columns() : a.rows()) != m || (transposeB ? b.columns() : b.rows()) != k
            || (transposeB ? b.rows() : b.columns()) != n) {
            throw new IllegalArgumentException("The product of " + a.shapeInfoToString() + (transposeA ? "ᵀ" : "")
                + " and " + b.shapeInfoToString() + (transposeB ? "ᵀ" : "") + " does not fit "
                + c.shapeInfoToString());
        }
        final int lda = leadingDimension(a);
        final int ldb = leadingDimension(b);
        final int ldc = leadingDimension(c);
        final FloatPointer pa = pointer(a);
        final FloatPointer pb = pointer(b);
        final FloatPointer pc = pointer(c);
        final int threads = SharedWork.threads();
        final long multiplyAdds = (long)m * n * k;
        final int rowsPerChunk = partLength(m, multiplyAdds, threads);
        final int columnsPerChunk = partLength(n, multiplyAdds, threads);
        final int transA = transposeA ? CblasTrans : CblasNoTrans;
        final int transB = transposeB ? CblasTrans : CblasNoTrans;
        if (n > m && columnsPerChunk < n) {
            // By columns of c: the chunk's columns of op(b), columns of b or rows of b when it enters transposed.
            SharedWork.run((n + columnsPerChunk - 1) / columnsPerChunk, chunk -> {
                final int first = chunk * columnsPerChunk;
                final long bOffset = transposeB ? (long)first * ldb : first;
                cblas_sgemm(CblasRowMajor, transA, transB, m, Math.min(columnsPerChunk, n - first), k, 1f, pa, lda,
                    new FloatPointer(pb).position(bOffset), ldb, 0f, new FloatPointer(pc).position(first), ldc);
            });
        } else {
            // By rows of c: the chunk's rows of op(a), rows of a or columns of a when it enters transposed.
            SharedWork.run((m + rowsPerChunk - 1) / rowsPerChunk, chunk -> {
                final int first = chunk * rowsPerChunk;
                final long aOffset = transposeA ? first : (long)first * lda;
                cblas_sgemm(CblasRowMajor, transA, transB, Math.min(rowsPerChunk, m - first), n, k, 1f,
                    new FloatPointer(pa).position(aOffset), lda, pb, ldb, 0f,
                    new FloatPointer(pc).position((long)first * ldc), ldc);
            });
        }
    }

    /**
     * @param length the rows or columns of c
     * @return the rows or columns of each chunk: all when the product is small or one thread computes, else shared
     *         evenly over the threads, rounded up to whole blocks
     */
    static int partLength(final int length, final long multiplyAdds, final int threads) {
        if (threads == 1 || multiplyAdds < SMALLEST_SPLIT || length < 2 * BLOCK) {
            return length;
        }
        final int even = (length + threads - 1) / threads;
        return (even + BLOCK - 1) / BLOCK * BLOCK;
    }

    /** @return whether the matrix is float32 in host memory with contiguous rows, as cblas_sgemm reads it */
    private static boolean inHostMemory(final INDArray matrix) {
        return HostCopy.available(matrix.dataType()) && matrix.rank() == 2 && matrix.ordering() == 'c'
            && (matrix.columns() == 1 || matrix.stride(1) == 1) && matrix.stride(0) >= matrix.columns();
    }

    private static int leadingDimension(final INDArray matrix) {
        return Math.toIntExact(Math.max(1, matrix.rows() == 1 ? matrix.columns() : matrix.stride(0)));
    }

    private static FloatPointer pointer(final INDArray matrix) {
        return new FloatPointer(matrix.data().addressPointer());
    }
}
