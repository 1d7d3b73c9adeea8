package org.interlink.bench.jmh;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.interlink.matching.pdq.PdqHash;
import org.interlink.matching.pdq.PdqIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * PDQ lookups at radius 31 among 10 M hashes, on one thread: {@link PdqIndex} (multi-index hashing) beside a linear
 * scan of the same hashes in one {@code long[]} (the baseline). Sample mode gives p50 and p99 per lookup.
 *
 * <p>Data, seeded: {@code uniform} is 10 M random hashes, queried half with near-duplicates of stored hashes (0–31 bits
 * flipped) and half with fresh random hashes (no match); {@code clustered} is 100 k centres with 100 near-duplicates
 * each (0–24 bits flipped), queried with near-duplicates of centres (each matching tens of entries). The setup prints
 * the index's build time and heap per hash. The heap is 6 GB: the index must fit in it, with the baseline's array.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class PdqIndexBenchmark {

    /** The stored hashes as words (4 per hash) and the queries, shared by both benchmarks. */
    @State(Scope.Benchmark)
    public static class Data {

        @Param({"10000000"})
        public int hashes;

        @Param({"uniform", "clustered"})
        public String distribution;

        long[] words;
        PdqHash[] queries;
        int next;

        @Setup(Level.Trial)
        public void generate() {
            generate(hashes, distribution);
        }

        void generate(int count, String kind) {
            hashes = count;
            distribution = kind;
            SplittableRandom rnd = new SplittableRandom(42);
            words = new long[4 * hashes];
            boolean clustered = distribution.equals("clustered");
            long[] centre = new long[4];
            for (int i = 0; i < hashes; i++) {
                if (!clustered || i % 100 == 0) {
                    for (int w = 0; w < 4; w++) {
                        centre[w] = rnd.nextLong();
                    }
                }
                System.arraycopy(centre, 0, words, 4 * i, 4);
                if (clustered) {
                    flip(words, 4 * i, rnd.nextInt(25), rnd);
                }
            }
            queries = new PdqHash[8192];
            long[] q = new long[4];
            for (int i = 0; i < queries.length; i++) {
                if (clustered || i % 2 == 0) {
                    int base = clustered ? 100 * rnd.nextInt(hashes / 100) : rnd.nextInt(hashes);
                    System.arraycopy(words, 4 * base, q, 0, 4);
                    flip(q, 0, rnd.nextInt(clustered ? 25 : 32), rnd);
                } else {
                    for (int w = 0; w < 4; w++) {
                        q[w] = rnd.nextLong();
                    }
                }
                queries[i] = PdqHash.ofWords(q[0], q[1], q[2], q[3]);
            }
        }

        PdqHash nextQuery() {
            return queries[next++ & 8191];
        }

        private static void flip(long[] w, int at, int bits, SplittableRandom rnd) {
            for (int k = 0; k < bits; k++) {
                int b = rnd.nextInt(256);
                w[at + (b >>> 6)] ^= 1L << b;
            }
        }
    }

    /** The index over {@link Data}'s hashes, built once per trial. */
    @State(Scope.Benchmark)
    public static class Index {

        PdqIndex index;

        @Setup(Level.Trial)
        public void build(Data data) {
            index = build(data.words, data.hashes, data.distribution);
        }

        static PdqIndex build(long[] w, int hashes, String distribution) {
            long before = PersonIndexBenchmark.usedHeap();
            long t0 = System.nanoTime();
            PdqIndex index = new PdqIndex();
            for (int i = 0; i < hashes; i++) {
                index.put(i, PdqHash.ofWords(w[4 * i], w[4 * i + 1], w[4 * i + 2], w[4 * i + 3]));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long after = PersonIndexBenchmark.usedHeap();
            System.out.printf(
                    Locale.ROOT,
                    "%n[pdq index] %s: %d hashes built in %.1f s, %.0f bytes of heap per hash (%.2f GB)%n",
                    distribution,
                    index.size(),
                    seconds,
                    (double) (after - before) / index.size(),
                    (after - before) / 1e9);
            return index;
        }
    }

    /** The candidate: every stored hash within 31 bits. */
    @Benchmark
    public void lookup(Data data, Index index, Blackhole bh) {
        index.index.search(data.nextQuery(), 31, (id, d) -> bh.consume(id));
    }

    /** Baseline: the distance to every stored hash, in one pass over a {@code long[]}. */
    @Benchmark
    public void linearScan(Data data, Blackhole bh) {
        linearScan(data.words, data.hashes, data.nextQuery(), bh::consume);
    }

    static void linearScan(long[] w, int hashes, PdqHash q, IntConsumer found) {
        long q0 = q.word(0);
        long q1 = q.word(1);
        long q2 = q.word(2);
        long q3 = q.word(3);
        for (int i = 0, at = 0; i < hashes; i++, at += 4) {
            int d = Long.bitCount(w[at] ^ q0)
                    + Long.bitCount(w[at + 1] ^ q1)
                    + Long.bitCount(w[at + 2] ^ q2)
                    + Long.bitCount(w[at + 3] ^ q3);
            if (d <= 31) {
                found.accept(i);
            }
        }
    }
}
