package org.interlink.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.interlink.matching.pdq.PdqHash;
import org.interlink.matching.pdq.PdqIndex;

/**
 * A companion of {@link PdqIndexBenchmark} for a shared machine: the same hashes and queries, each lookup timed in
 * thread CPU time (what it costs, not the time other processes held the core), p50/p99 for the index and for the
 * linear-scan baseline, and the CPU time of hashing {@link PdqHashBenchmark}'s JPEG beside decoding it, one JVM.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -XX:+UseParallelGC -cp bench/target/benchmarks.jar
 * org.interlink.bench.jmh.PdqQueryCpu [hashes] [queries] [uniform,clustered] [baseline queries]}.
 */
public final class PdqQueryCpu {

    private PdqQueryCpu() {}

    public static void main(String[] args) {
        int hashes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        String[] kinds = (args.length > 2 ? args[2] : "uniform,clustered").split(",");
        int baselineQueries = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        hashing(cpu);
        for (String kind : kinds) {
            PdqIndexBenchmark.Data data = new PdqIndexBenchmark.Data();
            data.generate(hashes, kind);
            PdqIndex index = PdqIndexBenchmark.Index.build(data.words, hashes, kind);
            long[] matches = new long[1];
            for (int round = 0; round < 2; round++) { // the first round warms up
                long[] nanos = new long[queries];
                matches[0] = 0;
                for (int i = 0; i < queries; i++) {
                    PdqHash q = data.nextQuery();
                    long start = cpu.getCurrentThreadCpuTime();
                    index.search(q, 31, (id, d) -> matches[0]++);
                    nanos[i] = cpu.getCurrentThreadCpuTime() - start;
                }
                if (round == 1) {
                    print(kind, "index", nanos, matches[0]);
                }
            }
            long[] nanos = new long[baselineQueries];
            matches[0] = 0;
            for (int i = 0; i < baselineQueries; i++) {
                PdqHash q = data.nextQuery();
                long start = cpu.getCurrentThreadCpuTime();
                PdqIndexBenchmark.linearScan(data.words, hashes, q, id -> matches[0]++);
                nanos[i] = cpu.getCurrentThreadCpuTime() - start;
            }
            print(kind, "linear scan", nanos, matches[0]);
        }
    }

    /** {@link PdqHashBenchmark}'s 1-megapixel JPEG: decoding alone, and decoding with hashing, 100 times each. */
    private static void hashing(ThreadMXBean cpu) {
        PdqHashBenchmark jpeg = new PdqHashBenchmark();
        try {
            jpeg.draw();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int round = 0; round < 2; round++) { // the first round warms up
            long[] decode = new long[100];
            long[] hash = new long[100];
            for (int i = 0; i < 100; i++) {
                long start = cpu.getCurrentThreadCpuTime();
                jpeg.decode();
                decode[i] = cpu.getCurrentThreadCpuTime() - start;
                start = cpu.getCurrentThreadCpuTime();
                jpeg.hashJpeg();
                hash[i] = cpu.getCurrentThreadCpuTime() - start;
            }
            if (round == 1) {
                print("1-MP JPEG", "decode", decode, 0);
                print("1-MP JPEG", "decode+hash", hash, 0);
            }
        }
    }

    private static void print(String kind, String what, long[] nanos, long matches) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(
                Locale.ROOT,
                "[cpu] %-9s %-11s %d runs: p50 %.3f ms, p99 %.3f ms, mean %.3f ms, %d matches%n",
                kind,
                what,
                n,
                nanos[n / 2] / 1e6,
                nanos[Math.min(n - 1, n * 99 / 100)] / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6,
                matches);
    }
}
