package org.interlink.matching.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The index against a linear scan: recall 100 % and nothing extra, with puts and removes between the queries. */
class PdqIndexTest {

    @Test
    void uniformRandomHashesFindExactlyWhatALinearScanFinds() {
        SplittableRandom rnd = new SplittableRandom(1);
        Map<Long, PdqHash> truth = new HashMap<>();
        PdqIndex index = new PdqIndex();
        for (long id = 0; id < 20_000; id++) {
            put(index, truth, id, random(rnd));
        }
        int matched = runQueries(index, truth, rnd, 1_000, () -> near(pick(truth, rnd), rnd.nextInt(0, 48), rnd));
        assertThat(matched).as("queries with at least one match at radius 31").isGreaterThan(300);
    }

    @Test
    void clusteredHashesFindExactlyWhatALinearScanFinds() {
        // Near-duplicates around 300 centres: buckets are crowded and most candidates are real matches.
        SplittableRandom rnd = new SplittableRandom(2);
        List<PdqHash> centres = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            centres.add(random(rnd));
        }
        Map<Long, PdqHash> truth = new HashMap<>();
        PdqIndex index = new PdqIndex();
        for (long id = 0; id < 20_000; id++) {
            put(index, truth, id, near(centres.get(rnd.nextInt(centres.size())), rnd.nextInt(0, 40), rnd));
        }
        int matched = runQueries(
                index,
                truth,
                rnd,
                1_000,
                () -> near(centres.get(rnd.nextInt(centres.size())), rnd.nextInt(0, 40), rnd));
        assertThat(matched).isGreaterThan(800);
    }

    @Test
    void theRadiusIsInclusiveAndEachEntryIsReportedOnce() {
        SplittableRandom rnd = new SplittableRandom(3);
        PdqHash q = random(rnd);
        PdqIndex index = new PdqIndex();
        for (int d = 0; d <= 64; d++) {
            index.put(d, flip(q, d, rnd));
        }
        for (int radius : new int[] {-1, 0, 1, 15, 16, 31, 32, 47, 48, 63, 256}) {
            Map<Long, Integer> found = search(index, q, radius);
            assertThat(found).as("radius %d", radius).hasSize(Math.max(0, Math.min(radius, 64) + 1));
            found.forEach((id, d) -> assertThat(d).isEqualTo(id.intValue()));
        }
    }

    @Test
    void findsDifferencesSpreadEvenlyOverAllSixteenSubstrings() {
        // The pigeonhole's tight case: d differing bits dealt round the 16 substrings, so that no substring differs in
        // fewer than d / 16 bits. An index searching one bit too few per substring misses these.
        SplittableRandom rnd = new SplittableRandom(6);
        for (int d = 0; d <= 50; d++) {
            PdqHash q = random(rnd);
            long[] w = {q.word(0), q.word(1), q.word(2), q.word(3)};
            for (int k = 0; k < d; k++) {
                int t = k % 16;
                w[t >>> 2] ^= 1L << (16 * (t & 3) + k / 16);
            }
            PdqIndex index = new PdqIndex();
            index.put(d, PdqHash.ofWords(w[0], w[1], w[2], w[3]));
            assertThat(search(index, q, d)).as("distance %d", d).containsExactly(Map.entry((long) d, d));
            assertThat(search(index, q, d - 1)).as("distance %d", d).isEmpty();
        }
    }

    @Test
    void putReplacesAndRemoveForgets() {
        SplittableRandom rnd = new SplittableRandom(4);
        PdqHash a = random(rnd);
        PdqHash b = random(rnd);
        PdqIndex index = new PdqIndex();
        index.put(7, a);
        index.put(7, b);
        assertThat(index.size()).isEqualTo(1);
        assertThat(search(index, a, 31)).isEmpty();
        assertThat(search(index, b, 31)).containsEntry(7L, 0);
        assertThat(index.remove(7)).isTrue();
        assertThat(index.remove(7)).isFalse();
        assertThat(index.size()).isZero();
        assertThat(search(index, b, 31)).isEmpty();
        assertThat(search(index, b, 100)).isEmpty();
    }

    @Test
    void searchesDuringPutsAndRemovesSeeEveryCompletedChange() throws Exception {
        // One writer puts entries 0..n-1 and then removes them, publishing each id when the call returns (and, for a
        // removal, before it starts). Readers must find every entry put and not yet being removed, and no entry
        // removed.
        int n = 20_000;
        SplittableRandom rnd = new SplittableRandom(5);
        PdqHash[] hashes = new PdqHash[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = random(rnd);
        }
        PdqIndex index = new PdqIndex();
        AtomicLong lastPut = new AtomicLong(-1);
        AtomicLong lastRemoved = new AtomicLong(-1);
        AtomicLong removing = new AtomicLong(-1);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < n; i++) {
                    index.put(i, hashes[i]);
                    lastPut.set(i);
                }
                for (int i = 0; i < n; i++) {
                    removing.set(i);
                    index.remove(i);
                    lastRemoved.set(i);
                }
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                long seed = r;
                readers.add(pool.submit(() -> {
                    SplittableRandom own = new SplittableRandom(seed);
                    int checks = 0;
                    while (!writer.isDone() || checks == 0) {
                        long removed = lastRemoved.get();
                        long put = lastPut.get();
                        if (put >= 0) {
                            int id = (int) own.nextLong(removed + 1, put + 1 > removed + 1 ? put + 1 : removed + 2);
                            if (id <= put && id > removed) {
                                Map<Long, Integer> found = search(index, hashes[id], 31);
                                if (removing.get() < id) {
                                    assertThat(found).as("put %d", id).containsKey((long) id);
                                }
                            }
                        }
                        if (removed >= 0) {
                            int id = (int) own.nextLong(0, removed + 1);
                            assertThat(search(index, hashes[id], 31))
                                    .as("removed %d", id)
                                    .doesNotContainKey((long) id);
                        }
                        checks++;
                    }
                    return checks;
                }));
            }
            writer.get();
            for (Future<Integer> r : readers) {
                assertThat(r.get()).isPositive();
            }
        }
        assertThat(index.size()).isZero();
    }

    /** Runs queries at several radii, each after a few puts, re-puts and removes, comparing with a linear scan. */
    private static int runQueries(
            PdqIndex index, Map<Long, PdqHash> truth, SplittableRandom rnd, int queries, QuerySource source) {
        int[] radii = {31, 31, 31, 0, 10, 16, 24, 32, 40, 47};
        long nextId = 1_000_000;
        int withMatches = 0;
        for (int i = 0; i < queries; i++) {
            switch (i % 3) {
                case 0 -> put(index, truth, nextId++, source.next());
                case 1 -> put(index, truth, pickId(truth, rnd), source.next());
                default -> {
                    long id = pickId(truth, rnd);
                    assertThat(index.remove(id)).isTrue();
                    truth.remove(id);
                }
            }
            PdqHash q = source.next();
            int radius = radii[i % radii.length];
            Map<Long, Integer> expected = linearScan(truth, q, radius);
            assertThat(search(index, q, radius))
                    .as("query %d at radius %d", i, radius)
                    .isEqualTo(expected);
            if (radius == 31 && !expected.isEmpty()) {
                withMatches++;
            }
        }
        assertThat(index.size()).isEqualTo(truth.size());
        return withMatches * 10 / 3;
    }

    @FunctionalInterface
    private interface QuerySource {
        PdqHash next();
    }

    private static Map<Long, Integer> search(PdqIndex index, PdqHash q, int radius) {
        Map<Long, Integer> found = new TreeMap<>();
        index.search(
                q,
                radius,
                (id, d) ->
                        assertThat(found.put(id, d)).as("%d reported twice", id).isNull());
        return found;
    }

    private static Map<Long, Integer> linearScan(Map<Long, PdqHash> truth, PdqHash q, int radius) {
        Map<Long, Integer> out = new TreeMap<>();
        truth.forEach((id, h) -> {
            int d = h.distance(q);
            if (d <= radius) {
                out.put(id, d);
            }
        });
        return out;
    }

    private static void put(PdqIndex index, Map<Long, PdqHash> truth, long id, PdqHash h) {
        index.put(id, h);
        truth.put(id, h);
    }

    private static long pickId(Map<Long, PdqHash> truth, SplittableRandom rnd) {
        List<Long> ids = new ArrayList<>(truth.keySet());
        return ids.get(rnd.nextInt(ids.size()));
    }

    private static PdqHash pick(Map<Long, PdqHash> truth, SplittableRandom rnd) {
        return truth.get(pickId(truth, rnd));
    }

    static PdqHash random(SplittableRandom rnd) {
        return PdqHash.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
    }

    /** {@code h} with {@code bits} distinct random bits flipped. */
    static PdqHash flip(PdqHash h, int bits, SplittableRandom rnd) {
        long[] w = {h.word(0), h.word(1), h.word(2), h.word(3)};
        int flipped = 0;
        while (flipped < bits) {
            int k = rnd.nextInt(256);
            long mask = 1L << (k & 63);
            if (((w[k >>> 6] ^ h.word(k >>> 6)) & mask) == 0) {
                w[k >>> 6] ^= mask;
                flipped++;
            }
        }
        return PdqHash.ofWords(w[0], w[1], w[2], w[3]);
    }

    private static PdqHash near(PdqHash h, int bits, SplittableRandom rnd) {
        return flip(h, bits, rnd);
    }
}
