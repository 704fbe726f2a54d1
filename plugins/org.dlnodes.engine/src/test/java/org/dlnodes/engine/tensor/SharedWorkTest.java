package org.dlnodes.engine.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Shared computations: every chunk runs exactly once, helpers take part, failures reach the caller, the thread count
 * belongs to the calling thread, and callers on several threads at once each get all their chunks done.
 */
class SharedWorkTest {

    @AfterEach
    void oneThreadAgain() {
        SharedWork.setThreads(1);
    }

    @Test
    void everyChunkRunsExactlyOnce() {
        SharedWork.setThreads(2);
        for (int round = 0; round < 200; round++) {
            final AtomicIntegerArray runs = new AtomicIntegerArray(7);
            SharedWork.run(7, runs::incrementAndGet);
            for (int i = 0; i < 7; i++) {
                assertEquals(1, runs.get(i), "round " + round + ", chunk " + i);
            }
        }
    }

    @Test
    void aHelperTakesChunksWhileTheCallerIsBusy() throws InterruptedException {
        SharedWork.setThreads(2);
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final CountDownLatch secondStarted = new CountDownLatch(1);
        // Chunk 0 keeps the caller until another thread has started chunk 1, which only a helper can do.
        SharedWork.run(2, chunk -> {
            threads.add(Thread.currentThread());
            if (chunk == 1) {
                secondStarted.countDown();
            } else {
                await(secondStarted);
            }
        });
        assertEquals(2, threads.size());
    }

    @Test
    void oneThreadRunsEverythingOnTheCaller() {
        SharedWork.setThreads(1);
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        SharedWork.run(5, chunk -> threads.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void aChunksFailureReachesTheCallerAfterTheOthersEnded() {
        SharedWork.setThreads(2);
        final AtomicIntegerArray runs = new AtomicIntegerArray(4);
        final IllegalStateException failure = new IllegalStateException("chunk 2 failed");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> SharedWork.run(4, chunk -> {
            runs.incrementAndGet(chunk);
            if (chunk == 2) {
                throw failure;
            }
        })));
        for (int i = 0; i < 4; i++) {
            assertEquals(1, runs.get(i));
        }
    }

    @Test
    void moreThreadsThanCoresSplitAsAskedWithHelpersForTheCoresOnly() {
        final int cores = Runtime.getRuntime().availableProcessors();
        SharedWork.setThreads(cores + 3);
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final AtomicIntegerArray runs = new AtomicIntegerArray(cores + 3);
        SharedWork.run(cores + 3, chunk -> {
            threads.add(Thread.currentThread());
            runs.incrementAndGet(chunk);
        });
        for (int i = 0; i < cores + 3; i++) {
            assertEquals(1, runs.get(i));
        }
        assertTrue(threads.size() <= cores, threads.size() + " threads on " + cores + " cores");
        assertTrue(Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("dlnodes-shared-work-")).count() <= cores - 1);
    }

    @Test
    void theThreadCountBelongsToTheCallingThread() throws InterruptedException {
        SharedWork.setThreads(3);
        final int[] seen = new int[1];
        final Thread other = new Thread(() -> seen[0] = SharedWork.threads());
        other.start();
        other.join();
        assertEquals(3, SharedWork.threads());
        assertEquals(1, seen[0], "a new thread starts with one");
        assertThrows(IllegalArgumentException.class, () -> SharedWork.setThreads(0));
    }

    @Test
    void callersOnSeveralThreadsEachGetAllTheirChunks() throws InterruptedException {
        final int callers = 3;
        final AtomicIntegerArray[] runs = new AtomicIntegerArray[callers];
        final Thread[] threads = new Thread[callers];
        for (int c = 0; c < callers; c++) {
            final AtomicIntegerArray mine = runs[c] = new AtomicIntegerArray(5);
            threads[c] = new Thread(() -> {
                SharedWork.setThreads(2);
                for (int round = 0; round < 300; round++) {
                    SharedWork.run(5, mine::incrementAndGet);
                }
            });
            threads[c].start();
        }
        for (final Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(1));
            assertTrue(!thread.isAlive(), "a caller finished");
        }
        for (final AtomicIntegerArray mine : runs) {
            for (int i = 0; i < 5; i++) {
                assertEquals(300, mine.get(i));
            }
        }
    }

    private static void await(final CountDownLatch latch) {
        try {
            assertTrue(latch.await(1, TimeUnit.MINUTES), "another thread started the second chunk");
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
