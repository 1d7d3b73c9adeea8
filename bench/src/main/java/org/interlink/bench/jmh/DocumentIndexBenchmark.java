package org.interlink.bench.jmh;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interlink.matching.DocumentIndex;
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

/**
 * Exact document lookup among 10 M (issuing state, number) pairs, half hits and half misses, against a {@code
 * HashMap<String, Long>} baseline holding the same keys (the baseline is measured at 1 M only: at 10 M it needs
 * several GB). The setup prints bytes per entry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class DocumentIndexBenchmark {

    private static final String[] STATES = {"UTO", "D", "FRA", "GBR", "USA", "RUS", "CHN", "IND", "BRA", "NGA"};

    @Param({"10000000"})
    public int documents;

    private DocumentIndex index;
    private Map<String, Long> baseline;
    private String[] states;
    private String[] numbers;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Random rnd = new Random(42);
        long before = PersonIndexBenchmark.usedHeap();
        index = new DocumentIndex(documents);
        states = new String[8192];
        numbers = new String[8192];
        for (int i = 0; i < documents; i++) {
            String state = STATES[rnd.nextInt(STATES.length)];
            String number = number(rnd);
            index.add(state, number, i);
            if (i < 4096) {
                states[2 * i] = state;
                numbers[2 * i] = number;
            }
        }
        long after = PersonIndexBenchmark.usedHeap();
        System.out.printf(
                Locale.ROOT,
                "%n[documents] %d entries, %.1f bytes per entry (arrays), %.1f measured on the heap; 100 M would take"
                        + " %.2f GB%n",
                index.size(),
                (double) index.memoryBytes() / index.size(),
                (double) (after - before) / index.size(),
                index.memoryBytes() / (double) index.size() * 100e6 / 1e9);
        for (int i = 0; i < 4096; i++) {
            states[2 * i + 1] = STATES[rnd.nextInt(STATES.length)];
            numbers[2 * i + 1] = number(rnd); // almost surely absent
        }
        baseline = new HashMap<>();
        Random b = new Random(42);
        for (int i = 0; i < Math.min(documents, 1_000_000); i++) {
            baseline.put(STATES[b.nextInt(STATES.length)] + ":" + number(b), (long) i);
        }
    }

    private static String number(Random rnd) {
        char[] c = new char[9];
        c[0] = (char) ('A' + rnd.nextInt(26));
        for (int i = 1; i < 9; i++) {
            c[i] = (char) ('0' + rnd.nextInt(10));
        }
        return new String(c);
    }

    /** The candidate: normalise both parts, hash, probe. */
    @Benchmark
    public long[] lookup() {
        int i = next++ & 8191;
        return index.lookup(states[i], numbers[i]);
    }

    /** Baseline: a HashMap from "STATE:NUMBER" (no normalisation), 1 M entries. */
    @Benchmark
    public Long hashMapBaseline() {
        int i = next++ & 8191;
        return baseline.get(states[i] + ":" + numbers[i]);
    }
}
