package org.interlink.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonQuery;

/**
 * A quick companion of {@link PersonIndexBenchmark} for a shared machine: the same 1 M synthetic persons and query
 * mixes, but each query timed in thread CPU time (what the query itself costs, not the time other processes took the
 * core), p50/p90/p99 per mix, one JVM, in about a minute. JMH remains the reference on a quiet machine.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -XX:+UseParallelGC -cp bench/target/benchmarks.jar
 * org.interlink.bench.jmh.PersonQueryCpu [persons] [queries per mix] [mixes]}. Mixes: {@code latin} (reordered, one letter
 * changed, or unknown), {@code mixed} (half the known ones in Cyrillic, Greek, Katakana or Hangul) and {@code lossy}
 * (every known one in Katakana or Hangul, where the lossy-script candidate keys are used).
 */
public final class PersonQueryCpu {

    private PersonQueryCpu() {}

    public static void main(String[] args) {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int perMix = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        Random rnd = new Random(42);
        List<PersonEntry> entries = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            entries.add(SyntheticPersons.person(i, rnd));
        }
        long before = PersonIndexBenchmark.usedHeap();
        long t0 = System.nanoTime();
        PersonIndex index = new PersonIndex();
        for (PersonEntry e : entries) {
            index.put(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long after = PersonIndexBenchmark.usedHeap();
        System.out.printf(
                Locale.ROOT,
                "[index] %d persons built in %.1f s, %.0f bytes of heap per person%n",
                persons,
                seconds,
                (double) (after - before) / persons);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> mixes = args.length > 2 ? List.of(args[2].split(",")) : List.of("latin", "mixed", "lossy");
        for (String mix : mixes) {
            String[] queries = new String[perMix];
            for (int i = 0; i < perMix; i++) {
                String name = entries.get(rnd.nextInt(persons)).names().getFirst();
                queries[i] = switch (mix) {
                    case "latin" ->
                        i % 2 == 0 ? SyntheticPersons.variant(name, rnd, false) : SyntheticPersons.name(rnd);
                    case "mixed" -> i % 2 == 0 ? SyntheticPersons.variant(name, rnd, true) : SyntheticPersons.name(rnd);
                    default -> SyntheticPersons.lossyVariant(name, rnd);
                };
            }
            for (int round = 0; round < 2; round++) { // the first round warms up
                long[] nanos = new long[perMix];
                for (int i = 0; i < perMix; i++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    index.search(new PersonQuery(queries[i]), 10, Parameters.POSSIBLE_THRESHOLD);
                    nanos[i] = cpu.getCurrentThreadCpuTime() - start;
                }
                if (round == 1) {
                    Arrays.sort(nanos);
                    System.out.printf(
                            Locale.ROOT,
                            "[cpu] %-5s %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms%n",
                            mix,
                            perMix,
                            nanos[perMix / 2] / 1e6,
                            nanos[perMix * 9 / 10] / 1e6,
                            nanos[perMix * 99 / 100] / 1e6,
                            Arrays.stream(nanos).average().orElse(0) / 1e6);
                }
            }
        }
    }
}
