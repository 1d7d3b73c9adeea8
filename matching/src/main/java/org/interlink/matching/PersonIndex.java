package org.interlink.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of persons for name screening that finds the best candidates without scoring everyone: blocking
 * keys from romanised and phonetic tokens select a few hundred candidates, which are then scored in full.
 *
 * <p>Thread-safe: any number of searches run concurrently; {@link #put} and {@link #remove} take a short exclusive
 * lock (the expensive normalisation of the entry's names happens before it), so searches see each update entirely or
 * not at all.
 *
 * <p>Example:
 *
 * <pre>{@code
 * PersonIndex index = new PersonIndex();
 * index.put(new PersonEntry("n-1", List.of("Владимир Путин"), PartialDate.parse("1952-10-07"), Set.of("RU"), Sex.MALE));
 * List<PersonMatch> hits = index.search(new PersonQuery("PUTIN, Vladimir"), 10, Parameters.POSSIBLE_THRESHOLD);
 * }</pre>
 */
public final class PersonIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Postings postings = new Postings();
    private final TokenFrequencies frequencies = new TokenFrequencies();
    private final Map<String, Integer> slotOf = new HashMap<>();
    private PersonRecord[] slots = new PersonRecord[1024];
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int highWater;

    /**
     * Scratch space for candidate selection (cleared after use), pooled rather than thread-local: a server on virtual
     * threads would otherwise allocate megabytes per request thread.
     */
    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();

    /**
     * Whether blocking stops reading for slots that can no longer be selected; off only in a test that shows it changes
     * nothing.
     */
    private final boolean pruning;

    /** Low bits of an accumulator: one per key group already credited; the weight sits above them. */
    private static final int WEIGHT_SHIFT = 12;

    /**
     * Fixed-point units per unit of idf weight. An idf is at most ln(1 + 2^31) ≈ 21.5, so the twelve keys a slot can be
     * credited sum below 2^20 units, the bits above the group bits.
     */
    private static final double WEIGHT_UNITS = 2048.0;

    /** An accumulator shifted this far is its weight histogram's bucket: 2,048 buckets of 512 weight units (1/4 idf). */
    private static final int BUCKET_SHIFT = WEIGHT_SHIFT + 9;

    /** Lists shorter than this are read whole: checking whether blocking may stop admitting slots costs more. */
    private static final int PRUNE_CHECK_MIN_POSTINGS = 512;

    /** One search's accumulators, weight histogram and candidate bits, sized to the index's slots when taken. */
    private static final class Scratch {
        /** Per slot: weight and credited groups ({@link #WEIGHT_SHIFT}); zero when not touched. */
        final int[] acc;
        /** Per slot: whether it is still a candidate once blocking stops admitting new ones. */
        final long[] candidate;
        /** Touched slots per weight bucket ({@link #BUCKET_SHIFT}). */
        final int[] histogram = new int[1 << (32 - BUCKET_SHIFT)];

        Scratch(int slots) {
            acc = new int[slots];
            candidate = new long[(slots + 63) >>> 6];
        }
    }

    /** An empty index. */
    public PersonIndex() {
        this(true);
    }

    PersonIndex(boolean pruning) {
        this.pruning = pruning;
    }

    /** Adds the entry, or replaces the entry with the same id. */
    public void put(PersonEntry entry) {
        PersonRecord record = PersonRecord.of(entry);
        long[] keys = keysOf(record);
        lock.writeLock().lock();
        try {
            Integer existing = slotOf.get(entry.id());
            if (existing != null) {
                unlink(existing);
            }
            int slot = freeCount > 0 ? freeSlots[--freeCount] : highWater++;
            if (slot == slots.length) {
                slots = Arrays.copyOf(slots, slot + (slot >> 1));
            }
            slots[slot] = record;
            frequencies.add(record);
            for (long key : keys) {
                postings.add(key, slot);
            }
            slotOf.put(entry.id(), slot);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the entry with this id; returns whether there was one. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            Integer slot = slotOf.remove(id);
            if (slot == null) {
                return false;
            }
            unlink(slot);
            if (freeCount == freeSlots.length) {
                freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
            }
            freeSlots[freeCount++] = slot;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number of indexed entries. */
    public int size() {
        lock.readLock().lock();
        try {
            return slotOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best matches for a query, best first (ties by id), at most {@code limit}, each scoring at least {@code
     * minScore}.
     *
     * @param limit maximum number of results, at least 1
     * @param minScore in [0, 1], typically {@link Parameters#POSSIBLE_THRESHOLD}
     */
    public List<PersonMatch> search(PersonQuery query, int limit, double minScore) {
        return search(query, limit, minScore, ExplanationSink.NONE);
    }

    /** Like {@link #search(PersonQuery, int, double)}, recording each stage in {@code sink}. */
    public List<PersonMatch> search(PersonQuery query, int limit, double minScore, ExplanationSink sink) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        PersonScoring.Query q = PersonScoring.Query.of(query);
        BlockingKeys.QueryKeys keys = BlockingKeys.ofQuery(q.name());
        if (sink.enabled()) {
            sink.record("query", q.name().toPublic().toString());
        }
        lock.readLock().lock();
        try {
            int[] candidates = candidates(q.name(), keys, sink);
            return score(q, candidates, limit, minScore, sink);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Accumulates, per slot, the idf weight of the best matching key of each key group (a query token, an adjacent
     * pair) and keeps the {@link Parameters#MAX_CANDIDATES} heaviest. Guarded by {@code PersonIndexBenchmark.query}:
     * blocking must stay well under a millisecond on 1 M persons.
     *
     * <p>One int per slot holds both the weight (fixed point, {@link #WEIGHT_SHIFT} bits up) and one bit per group
     * already credited; the keys of a group are read shortest list (heaviest weight) first, so a slot's first hit in
     * a group is its best and later ones are skipped. Groups past the bits available (a query of seven tokens or more)
     * share the last bit: a slot is credited once among them.
     *
     * <p>Reading every posting costs a random read of the accumulators each (4 MB for 1 M persons, past the core's
     * cache): a quarter of a person check's JVM samples in a profile, though skipping most of them saved less (up to a
     * tenth of a query; git history of docs/PERFORMANCE.md, Screening, tenth session). Once the weight the unread keys can still add
     * is less than what the heaviest {@code wanted} slots already have (a histogram of the weights gives a lower bound
     * for free), no slot not yet touched can be selected, nor a touched one that far behind; the rest of the lists are
     * then read only for the slots still in the running, marked in a bitmap that stays in the core's cache. This
     * changes no selection (a test compares it with reading everything): on 1 M synthetic persons it stops admitting
     * after about a quarter of a Latin query's postings.
     *
     * <p>A query romanised from another script shares only short, common keys with its Latin form (always for a lossy
     * script, often for Cyrillic: "khelmer" / "helmer"), so blocking weight ranks its true match among many
     * distractors that tie with it: for such a query the {@link
     * Parameters#MAX_PRESELECTED} heaviest slots are preselected and re-ranked cheaply ({@link #closest}).
     */
    private int[] candidates(NameForm name, BlockingKeys.QueryKeys query, ExplanationSink sink) {
        int live = Math.max(1, slotOf.size());
        long[][] groups = query.groups();
        // Per key: (size << 32) | (group << 16) | index in group.
        int keyCount = 0;
        for (long[] g : groups) {
            keyCount += g.length;
        }
        long[] plain = new long[keyCount];
        long[] deletions = new long[keyCount];
        int plainCount = 0;
        int deletionCount = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < groups[g].length; i++) {
                long size = postings.size(groups[g][i]);
                if (size == 0) {
                    continue;
                }
                long item = (size << 32) | ((long) g << 16) | i;
                if (i < query.deletionsFrom()[g]) {
                    plain[plainCount++] = item;
                } else {
                    deletions[deletionCount++] = item;
                }
            }
        }
        Arrays.sort(plain, 0, plainCount);
        Arrays.sort(deletions, 0, deletionCount);
        long[] used = new long[plainCount + deletionCount];
        int usedKeys = 0;
        for (int i = 0; i < plainCount; i++) {
            // Keys shared by tens of thousands select nothing and cost the most, unless there is nothing else.
            if (i == 0 || plain[i] >>> 32 <= Parameters.MAX_POSTINGS_PER_KEY) {
                used[usedKeys++] = plain[i];
            }
        }
        // Each token gets an equal share of the deletion postings, so that one token's many short lists do not
        // starve another token's.
        long[] budget = new long[groups.length];
        int withDeletions = 0;
        for (int i = 0; i < deletionCount; i++) {
            int g = (int) (deletions[i] >>> 16) & 0xFFFF;
            if (budget[g] == 0) {
                budget[g] = 1;
                withDeletions++;
            }
        }
        long share = (long) (Parameters.MAX_DELETION_POSTINGS_SHARE * live) / Math.max(1, withDeletions);
        Arrays.fill(budget, share);
        for (int i = 0; i < deletionCount; i++) {
            int g = (int) (deletions[i] >>> 16) & 0xFFFF;
            long size = deletions[i] >>> 32;
            if (size <= budget[g]) {
                budget[g] -= size;
                used[usedKeys++] = deletions[i];
            }
        }
        // Shortest list first: within a group the heaviest key comes first, and across groups the slots touched
        // first are the heaviest, so the bounded heap of the best fills with them and is rarely disturbed later.
        Arrays.sort(used, 0, usedKeys);
        boolean rerank = name.romanisation() != NameForm.LATIN;
        int wanted = rerank ? Parameters.MAX_PRESELECTED : Parameters.MAX_CANDIDATES;
        // The most weight keys u.. can still add to a slot: per group the weight of its first key not yet read (the
        // heaviest left, as lists are read shortest first), summed. Groups sharing the last bit are each counted,
        // which only overstates it.
        int[] units = new int[usedKeys];
        int[] nextInGroup = new int[usedKeys];
        int[] firstLeft = new int[groups.length];
        for (int u = usedKeys - 1; u >= 0; u--) {
            int g = (int) (used[u] >>> 16) & 0xFFFF;
            units[u] = (int) Math.round(Math.log(1.0 + (double) live / (int) (used[u] >>> 32)) * WEIGHT_UNITS);
            nextInGroup[u] = firstLeft[g];
            firstLeft[g] = units[u];
        }
        int left = 0;
        for (int w : firstLeft) {
            left += w;
        }
        Scratch scratch = scratches.poll();
        if (scratch == null || scratch.acc.length < highWater) {
            scratch = new Scratch(slots.length);
        }
        int[] acc = scratch.acc;
        int[] histogram = scratch.histogram;
        long[] candidate = scratch.candidate;
        int[] touched = new int[256];
        int touchedCount = 0;
        int[] kept = null; // once admission stops: the slots still able to be selected
        long readForKept = 0;
        for (int u = 0; u < usedKeys; u++) {
            int size = (int) (used[u] >>> 32);
            int g = (int) (used[u] >>> 16) & 0xFFFF;
            if (kept == null && pruning && size >= PRUNE_CHECK_MIN_POSTINGS && touchedCount > wanted) {
                int threshold = lowerBoundOfSelected(histogram, wanted);
                if (left < threshold) {
                    kept = stillSelectable(acc, touched, touchedCount, left, threshold, candidate);
                }
            }
            long key = groups[g][(int) (used[u] & 0xFFFFL)];
            int bit = 1 << Math.min(g, WEIGHT_SHIFT - 1);
            int weight = units[u] << WEIGHT_SHIFT;
            int[] list = postings.list(key);
            if (kept != null) {
                // A bit test in 128 KB (1 M slots) instead of a read of the 4 MB accumulators for each posting.
                readForKept += size;
                for (int i = 0; i < size; i++) {
                    int slot = list[i];
                    if ((candidate[slot >>> 6] & (1L << slot)) != 0) {
                        int a = acc[slot];
                        if ((a & bit) == 0) {
                            acc[slot] = (a + weight) | bit;
                        }
                    }
                }
            } else {
                for (int i = 0; i < size; i++) {
                    int slot = list[i];
                    int a = acc[slot];
                    if ((a & bit) != 0) {
                        continue;
                    }
                    if (a == 0) {
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = slot;
                    } else {
                        histogram[a >>> BUCKET_SHIFT]--;
                    }
                    int b = (a + weight) | bit;
                    acc[slot] = b;
                    histogram[b >>> BUCKET_SHIFT]++;
                }
            }
            left -= units[u] - nextInGroup[u];
        }
        int[] preselected = kept == null
                ? topByWeight(acc, touched, touchedCount, wanted)
                : topByWeight(acc, kept, kept.length, wanted);
        int[] selected = preselected;
        if (rerank && preselected.length > Parameters.MAX_CANDIDATES) {
            preselected = sortedByWeight(preselected, acc);
            selected = closest(name, preselected, Parameters.MAX_CANDIDATES);
        }
        for (int i = 0; i < touchedCount; i++) {
            acc[touched[i]] = 0;
        }
        if (kept != null) {
            for (int slot : kept) {
                candidate[slot >>> 6] = 0;
            }
        }
        Arrays.fill(histogram, 0);
        scratches.offer(scratch);
        if (sink.enabled()) {
            sink.record(
                    "candidates",
                    String.format(
                            Locale.ROOT,
                            "%d keys used of %d (%d deletion keys), %d records touched, %d of %d postings read only"
                                    + " for the %d still able to be selected, %d preselected, %d scored",
                            usedKeys,
                            keyCount,
                            deletionCount,
                            touchedCount,
                            readForKept,
                            Arrays.stream(used, 0, usedKeys).map(k -> k >>> 32).sum(),
                            kept == null ? touchedCount : kept.length,
                            preselected.length,
                            selected.length));
        }
        return selected;
    }

    /**
     * Of the preselected slots (heaviest first), the first {@link Parameters#KEPT_BY_WEIGHT}, then the rest of the
     * {@code max} closest to the query by {@link TokenSignatures}: bit operations on signatures precomputed with the
     * record, a few nanoseconds per token pair, where a string comparison costs microseconds per candidate (lossy
     * queries on 1 M persons, 800 preselected: p50 7.7 ms with {@code NameComparison.tokenSimilarity}, 4.0 ms with
     * signatures, 3.4 ms without re-ranking; {@code PersonQueryCpu}).
     */
    private int[] closest(NameForm query, int[] preselected, int max) {
        int byWeight = Math.min(Parameters.KEPT_BY_WEIGHT, max);
        long[] signature = TokenSignatures.of(query);
        double[] weights = TokenSignatures.weights(query);
        long[] items = new long[preselected.length - byWeight];
        for (int i = byWeight; i < preselected.length; i++) {
            double s = TokenSignatures.similarity(signature, weights, slots[preselected[i]].signatures());
            // Non-negative floats order like their bit patterns.
            items[i - byWeight] = ranked(Float.floatToIntBits((float) s), preselected[i]);
        }
        int[] rest = best(items, max - byWeight);
        int[] out = Arrays.copyOf(preselected, byWeight + rest.length);
        System.arraycopy(rest, 0, out, byWeight, rest.length);
        return out;
    }

    /** The slots of the {@code count} highest ranked items (see {@link #ranked}), highest first; sorts the items. */
    private static int[] best(long[] items, int count) {
        Arrays.sort(items);
        int[] out = new int[Math.min(count, items.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = slotOf(items[items.length - 1 - i]);
        }
        return out;
    }

    /** The slots by decreasing accumulated weight, ties by slot. */
    private static int[] sortedByWeight(int[] slots, int[] acc) {
        long[] items = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            items[i] = byWeight(acc, slots[i]);
        }
        return best(items, items.length);
    }

    /** A slot's accumulated weight (without the group bits) as a rank, see {@link #ranked}. */
    private static long byWeight(int[] acc, int slot) {
        return ranked(acc[slot] >>> WEIGHT_SHIFT, slot);
    }

    /**
     * A slot under a non-negative rank, packed so that longs order by rank, then by slot (lower slot ranks higher, so
     * ties are broken the same way wherever slots are ranked).
     */
    private static long ranked(int rank, int slot) {
        return ((long) rank << 32) | (0xFFFFFFFFL & ~slot);
    }

    private static int slotOf(long ranked) {
        return ~(int) ranked;
    }

    /** The {@code max} slots with the largest accumulated weight, by a bounded min-heap over (weight, slot). */
    private static int[] topByWeight(int[] acc, int[] touched, int count, int max) {
        if (count <= max) {
            return Arrays.copyOf(touched, count);
        }
        long[] heap = new long[max];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int slot = touched[i];
            long item = byWeight(acc, slot);
            if (size < max) {
                heap[size] = item;
                siftUp(heap, size++);
            } else if (item > heap[0]) {
                heap[0] = item;
                siftDown(heap, size);
            }
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = slotOf(heap[i]);
        }
        return out;
    }

    /**
     * The touched slots that could still reach {@code threshold} if credited the {@code left} weight not yet read, each
     * also marked in {@code candidate}. No slot not yet touched can reach it, nor one of the others: blocking reads on
     * for these only.
     */
    private static int[] stillSelectable(
            int[] acc, int[] touched, int touchedCount, int left, int threshold, long[] candidate) {
        int[] kept = new int[Math.min(touchedCount, 1024)]; // usually few are left: grown when not
        int count = 0;
        for (int i = 0; i < touchedCount; i++) {
            int slot = touched[i];
            if ((acc[slot] >>> WEIGHT_SHIFT) + left >= threshold) {
                if (count == kept.length) {
                    kept = Arrays.copyOf(kept, count * 2);
                }
                kept[count++] = slot;
                candidate[slot >>> 6] |= 1L << slot;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /**
     * A weight that at least {@code wanted} touched slots already have: the floor of the highest histogram bucket from
     * which the buckets above hold {@code wanted} slots. Weights only grow, so the {@code wanted}-th heaviest slot at
     * the end weighs at least this.
     */
    private static int lowerBoundOfSelected(int[] histogram, int wanted) {
        int count = 0;
        for (int b = histogram.length - 1; b > 0; b--) {
            count += histogram[b];
            if (count >= wanted) {
                return b << (BUCKET_SHIFT - WEIGHT_SHIFT);
            }
        }
        return 0;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= heap[i]) {
                return;
            }
            long t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int c = l + 1 < size && heap[l + 1] < heap[l] ? l + 1 : l;
            if (heap[i] <= heap[c]) {
                return;
            }
            long t = heap[c];
            heap[c] = heap[i];
            heap[i] = t;
            i = c;
        }
    }

    private List<PersonMatch> score(
            PersonScoring.Query q, int[] candidates, int limit, double minScore, ExplanationSink sink) {
        record Scored(PersonRecord record, int name, double score) {}
        List<Scored> kept = new ArrayList<>();
        double[] sim = new double[1];
        NameEvidence evidence = new NameEvidence();
        for (int slot : candidates) {
            PersonRecord r = slots[slot];
            int name = PersonScoring.bestName(q, r, sim);
            double s = PersonScoring.score(q, r, sim[0]);
            if (s >= minScore) {
                // Calibration only lowers a score: only candidates that can still reach minScore pay for it.
                s = PersonScoring.calibrated(q, r, name, sim[0], frequencies, evidence);
            }
            if (sink.enabled()) {
                sink.record("score", r.id() + " " + r.names()[name].display() + String.format(Locale.ROOT, " %.3f", s));
            }
            if (s >= minScore) {
                kept.add(new Scored(r, name, s));
            }
        }
        kept.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(s -> s.record().id()));
        List<PersonMatch> out = new ArrayList<>(Math.min(limit, kept.size()));
        for (Scored s : kept.subList(0, Math.min(limit, kept.size()))) {
            out.add(new PersonMatch(
                    s.record().id(),
                    s.score(),
                    s.record().names()[s.name()].display(),
                    PersonScoring.explain(q, s.record(), s.name(), frequencies)));
        }
        return out;
    }

    private void unlink(int slot) {
        // Keys are recomputed rather than stored: removals are rare, memory per person is not.
        for (long key : keysOf(slots[slot])) {
            postings.remove(key, slot);
        }
        frequencies.remove(slots[slot]);
        slots[slot] = null;
    }

    private static long[] keysOf(PersonRecord record) {
        if (record.names().length == 1) {
            return BlockingKeys.of(record.names()[0]);
        }
        long[] all = new long[0];
        for (NameForm name : record.names()) {
            long[] k = BlockingKeys.of(name);
            int at = all.length;
            all = Arrays.copyOf(all, at + k.length);
            System.arraycopy(k, 0, all, at, k.length);
        }
        return BlockingKeys.distinct(all);
    }
}
