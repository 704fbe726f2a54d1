package org.dlnodes.engine.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Threads that share one computation split into chunks, such as the rows of a large matrix product. The caller
 * decides the chunks from the shapes and its thread count alone, so the result does not depend on which thread
 * computes which chunk nor on how busy the machine is. It computes chunks itself while helper threads take others,
 * and never waits for a chunk that nobody has started: it takes it. So on a machine busy with other work a
 * computation is never slower than on the caller alone, but for a chunk that a helper started and was then
 * preempted in (OpenBLAS' own threads instead wait busily for each other and collapsed to less than half the
 * speed of one thread with one of two cores busy; see tests/benchmarks/README.md).
 *
 * <p>The thread count is kept per calling thread (as OpenMP does), set by {@code ComputeSettings.applyThreads()}.
 * Helpers are shared by all callers of the JVM, daemon threads started on first need. Between two computations a
 * helper waits {@value #WAIT_NANOS} ns for the next one, yielding its core to any other thread that wants it, then
 * sleeps until a caller wakes it. A training step runs its next product within that time; with a wait of 50 µs the
 * helper slept through each optimizer step, and the split product of the first layer that follows took longer
 * (530 to 570 µs) than one thread computing it all (450 to 470 µs), as the woken helper started its half late.
 */
public final class SharedWork {

    /** The work of one chunk. */
    @FunctionalInterface
    public interface Chunk {

        /** Computes chunk {@code index}, from 0; chunks write to disjoint places. */
        void run(int index);
    }

    private static final long WAIT_NANOS = 2_000_000;

    private static final ThreadLocal<Integer> THREADS = ThreadLocal.withInitial(() -> 1);

    private static final Queue<Task> OPEN = new ConcurrentLinkedQueue<>();

    private static final List<Thread> HELPERS = new ArrayList<>();

    private SharedWork() {
    }

    /**
     * Sets how many threads, the calling one included, share the computations this thread starts: the number of
     * chunks a computation is split into. Helpers are started as needed, at most one fewer than the cores: more
     * would only take turns on them.
     */
    public static void setThreads(final int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread computes; got " + threads + ".");
        }
        THREADS.set(threads);
        final int helpers = Math.min(threads, Runtime.getRuntime().availableProcessors()) - 1;
        synchronized (HELPERS) {
            while (HELPERS.size() < helpers) {
                final Thread helper = new Thread(SharedWork::help, "dlnodes-shared-work-" + (HELPERS.size() + 1));
                helper.setDaemon(true);
                helper.start();
                HELPERS.add(helper);
            }
        }
    }

    /** @return how many threads share the computations of the calling thread */
    public static int threads() {
        return THREADS.get();
    }

    /**
     * Runs chunks {@code 0 .. count - 1}, on this thread and on helpers, and returns when all are done.
     *
     * @throws RuntimeException or Error: the first failure of a chunk, after all chunks ended
     */
    public static void run(final int count, final Chunk chunk) {
        if (count == 1 || threads() == 1) {
            for (int i = 0; i < count; i++) {
                chunk.run(i);
            }
            return;
        }
        final Task task = new Task(chunk, count, Thread.currentThread());
        OPEN.add(task);
        synchronized (HELPERS) {
            HELPERS.forEach(LockSupport::unpark);
        }
        task.work();
        OPEN.remove(task);
        task.awaitDone();
    }

    /** A helper's life: take chunks of open computations; when there are none, wait a moment yielding, then sleep. */
    private static void help() {
        while (true) {
            final Task task = OPEN.peek();
            if (task != null) {
                task.work();
                OPEN.remove(task);
                continue;
            }
            final long until = System.nanoTime() + WAIT_NANOS;
            while (OPEN.isEmpty() && System.nanoTime() < until) {
                // yielding rather than only pausing: a thread of other work that waits for this core gets it
                Thread.yield();
            }
            if (OPEN.isEmpty()) {
                LockSupport.park(SharedWork.class);
            }
        }
    }

    /** One computation: its chunks are claimed one at a time, by whichever thread comes first. */
    private static final class Task {

        private final Chunk chunk;

        private final int count;

        private final Thread owner;

        private final AtomicInteger next = new AtomicInteger();

        private final AtomicInteger done = new AtomicInteger();

        private volatile Throwable failure;

        Task(final Chunk chunk, final int count, final Thread owner) {
            this.chunk = chunk;
            this.count = count;
            this.owner = owner;
        }

        /** Computes chunks until none is left to claim. */
        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    chunk.run(i);
                } catch (final Throwable t) { // NOSONAR: handed to the caller, which rethrows it
                    if (failure == null) {
                        failure = t;
                    }
                }
                if (done.incrementAndGet() == count) {
                    LockSupport.unpark(owner);
                }
            }
        }

        /** Waits, yielding a moment and then sleeping, until every chunk is done; rethrows a chunk's failure. */
        void awaitDone() {
            final long until = System.nanoTime() + WAIT_NANOS;
            while (done.get() < count) {
                if (System.nanoTime() < until) {
                    // a helper that was preempted in its chunk may be waiting for this very core
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
            }
            final Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
