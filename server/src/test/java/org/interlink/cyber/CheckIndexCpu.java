package org.interlink.cyber;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;

/**
 * The cyber check index's cost, for bench/scripts/cyber-index-cpu.sh (not a test: it lives beside the package-private
 * classes it measures). Puts N indicators in a {@link CheckIndex} — a quarter each IPv4 (one in five a CIDR range of
 * /16 to /28), domain names, URLs and SHA-256 hashes, owned by ten bureaus, mostly TLP:GREEN, some AMBER for one
 * country — and reports the heap they hold per indicator, then the thread CPU time of {@link Checks#one} (the whole
 * in-memory check of a value: lookups, candidates, validity, access, ranking) for single values and for lists of
 * 10,000, p50 and p99, half the values matching something and half not.
 *
 * <p>Run: {@code bench/scripts/cyber-index-cpu.sh [indicators] [single checks] [list checks]}.
 */
final class CheckIndexCpu {

    private static final String[] OWNERS = {"FR", "DE", "IT", "ES", "NL", "BE", "PL", "US", "BR", "JP"};

    private CheckIndexCpu() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int singles = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int lists = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SplittableRandom random = new SplittableRandom(23);
        Instant now = Instant.now();

        long before = usedHeap();
        CheckIndex index = new CheckIndex();
        List<String> named = new ArrayList<>(); // one value in 100 of those put, to check
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String[] value = value(random, i % 4);
            IndicatorSnapshot snapshot = snapshot(random, i, value, now);
            index.put(snapshot);
            if (i % 100 == 0) {
                named.add(checked(random, value));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = usedHeap();
        System.out.printf(
                Locale.ROOT,
                "[cyber index] %d indicators (%d value keys) put in %.1f s, %d bytes of heap per indicator (%.2f GB)%n",
                index.size(),
                index.values(),
                seconds,
                (after - before) / count, // the 10,000 values kept to check are a byte per indicator
                (after - before) / 1e9);

        Checks checks = new Checks(index, new CyberReadiness(), null, null);
        Viewer viewer = new Viewer("bench", "DE", Set.of("OFFICER"), Classification.RESTRICTED);
        int[] hits = new int[1];
        for (int round = 0; round < 2; round++) { // the first round warms up
            long[] nanos = new long[singles];
            hits[0] = 0;
            for (int i = 0; i < singles; i++) {
                String value =
                        i % 2 == 0 ? named.get(random.nextInt(named.size())) : checked(random, value(random, i % 4));
                long t = cpu.getCurrentThreadCpuTime();
                Checks.Found found = checks.one(viewer, value, now);
                nanos[i] = cpu.getCurrentThreadCpuTime() - t;
                hits[0] += found.result().outcome().equals("HIT") ? 1 : 0;
            }
            if (round == 1) {
                print("check of 1 value", nanos, singles, hits[0]);
            }
        }
        for (int round = 0; round < 2; round++) {
            long[] nanos = new long[lists];
            hits[0] = 0;
            for (int l = 0; l < lists; l++) {
                List<String> values = new ArrayList<>(10_000);
                for (int i = 0; i < 10_000; i++) {
                    values.add(
                            i % 2 == 0
                                    ? named.get(random.nextInt(named.size()))
                                    : checked(random, value(random, i % 4)));
                }
                long t = cpu.getCurrentThreadCpuTime();
                for (String value : values) {
                    hits[0] += checks.one(viewer, value, now).result().outcome().equals("HIT") ? 1 : 0;
                }
                nanos[l] = cpu.getCurrentThreadCpuTime() - t;
            }
            if (round == 1) {
                print("check of 10,000 values", nanos, lists, hits[0]);
            }
        }
    }

    /** A value of a kind (0 IPv4, 1 domain, 2 URL, 3 hash) as [check index type, value in the pattern]. */
    private static String[] value(SplittableRandom random, int kind) {
        return switch (kind) {
            case 0 -> {
                String address = random.nextInt(1, 224) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                        + random.nextInt(256);
                yield new String[] {
                    "ipv4-addr", random.nextInt(5) == 0 ? address + "/" + random.nextInt(16, 29) : address
                };
            }
            case 1 -> new String[] {"domain-name", word(random) + "." + word(random) + ".example"};
            case 2 ->
                new String[] {
                    "url",
                    "https://" + word(random) + ".example/" + word(random) + "/" + word(random) + ".php?id="
                            + random.nextInt()
                };
            default -> {
                byte[] hash = new byte[32];
                random.nextBytes(hash);
                yield new String[] {"file:hashes", HexFormat.of().formatHex(hash)};
            }
        };
    }

    /** What a searcher checks for an indicator's value: the address itself in a range, a subdomain, the URL, the hash. */
    private static String checked(SplittableRandom random, String[] value) {
        return switch (value[0]) {
            case "ipv4-addr" -> value[1].contains("/") ? value[1].substring(0, value[1].indexOf('/')) : value[1];
            case "domain-name" -> random.nextBoolean() ? value[1] : "www." + value[1];
            default -> value[1];
        };
    }

    private static String word(SplittableRandom random) {
        char[] word = new char[random.nextInt(5, 12)];
        for (int i = 0; i < word.length; i++) {
            word[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(word);
    }

    private static IndicatorSnapshot snapshot(SplittableRandom random, int i, String[] value, Instant now) {
        String owner = OWNERS[random.nextInt(OWNERS.length)];
        boolean amber = random.nextInt(10) == 0;
        String type = value[0].equals("file:hashes") ? "file:hashes.'SHA-256'" : value[0] + ":value";
        return new IndicatorSnapshot(
                owner,
                "indicator--" + new java.util.UUID(random.nextLong(), random.nextLong()),
                now.minusSeconds(86_400),
                "OFFICIAL",
                amber ? "ONLY" : "ALL",
                amber ? Set.of(OWNERS[random.nextInt(OWNERS.length)]) : Set.of(),
                amber ? "AMBER" : "GREEN",
                "[" + type + " = '" + value[1] + "']",
                List.of(value[0]),
                List.of(value[1]),
                Checks.DEFAULT_ACTION,
                50 + random.nextInt(50),
                now.minusSeconds(86_400),
                now.plusSeconds(30L * 86_400),
                false);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void print(String what, long[] nanos, int runs, int hits) {
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "[cpu] %-22s %6d runs: p50 %.4f ms, p99 %.4f ms, mean %.4f ms, %d values matched%n",
                what,
                runs,
                nanos[runs / 2] / 1e6,
                nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6,
                mean,
                hits);
    }
}
