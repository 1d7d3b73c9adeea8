package org.interlink.bench.jmh;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interlink.matching.Names;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening queries against 1 M indexed persons, one thread: the candidate ({@link PersonIndex#search}) beside the
 * baseline a team would write first (a hash map from the ICU-transliterated, folded name to ids: exact only). Half the
 * queries name an indexed person (reordered and misspelt, or in another script for {@code mixed}), half do not.
 * Sample mode gives p50 and p99. The setup prints the index build time and heap per person.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 20)
@Measurement(iterations = 3, time = 20)
@Threads(1)
public class PersonIndexBenchmark {

    @Param({"1000000"})
    public int persons;

    @Param({"latin", "mixed"})
    public String queries;

    private PersonIndex index;
    private Map<String, List<String>> exact;
    private String[] queryTexts;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Random rnd = new Random(42);
        List<PersonEntry> entries = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            entries.add(SyntheticPersons.person(i, rnd));
        }
        long before = usedHeap();
        long t0 = System.nanoTime();
        index = new PersonIndex();
        for (PersonEntry e : entries) {
            index.put(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long after = usedHeap();
        System.out.printf(
                Locale.ROOT,
                "%n[index] %d persons built in %.1f s, %.0f bytes of heap per person (entries themselves excluded)%n",
                persons,
                seconds,
                (double) (after - before) / persons);
        exact = new HashMap<>();
        for (PersonEntry e : entries) {
            for (String n : e.names()) {
                exact.computeIfAbsent(Names.normalise(n).latin(), k -> new ArrayList<>(1))
                        .add(e.id());
            }
        }
        queryTexts = new String[4096];
        for (int i = 0; i < queryTexts.length; i++) {
            queryTexts[i] = i % 2 == 0
                    ? SyntheticPersons.variant(
                            entries.get(rnd.nextInt(persons)).names().getFirst(), rnd, queries.equals("mixed"))
                    : SyntheticPersons.name(rnd);
        }
    }

    /** The candidate: blocking, then full scoring of at most {@link Parameters#MAX_CANDIDATES} candidates. */
    @Benchmark
    public List<PersonMatch> query() {
        return index.search(new PersonQuery(queryTexts[next++ & 4095]), 10, Parameters.POSSIBLE_THRESHOLD);
    }

    /** Baseline: exact lookup of the normalised name (finds no misspelling). */
    @Benchmark
    public List<String> exactLookupBaseline() {
        return exact.getOrDefault(Names.normalise(queryTexts[next++ & 4095]).latin(), List.of());
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
