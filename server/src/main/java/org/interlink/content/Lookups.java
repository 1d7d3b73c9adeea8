package org.interlink.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.matching.pdq.PdqHasher;
import org.interlink.screening.HitRaiser;
import org.interlink.screening.MatchedItem;
import org.interlink.screening.RaisedHits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Looks signals up in every bank, under the access policy: a match on an entry the searcher may see is listed and is a
 * hit for the bank's owner; a match on an entry it may not see is a silent hit for the owner and, for the searcher,
 * exactly a miss. A signal that matches a negative (known-benign) entry the searcher may see is NO_HIT, says why, and
 * raises nothing. The lookup's audit rows and its hits commit together ({@link AuditJournal}) before the answer leaves.
 */
@Service
public class Lookups {

    /** The most signals one request may carry. */
    public static final int MAX_SIGNALS = 10_000;

    static final String KIND = "CONTENT_ENTRY";

    private final ContentIndex index;
    private final ContentReadiness readiness;
    private final HitRaiser raiser;
    private final AuditJournal journal;

    Lookups(ContentIndex index, ContentReadiness readiness, HitRaiser raiser, AuditJournal journal) {
        this.index = index;
        this.readiness = readiness;
        this.raiser = raiser;
        this.journal = journal;
    }

    /**
     * One signal to look up.
     *
     * @param quality a PDQ hash's quality, when the caller knows it: below 50 the signal is not matched (and says so)
     */
    public record SignalQuery(
            @Nullable String signalType,
            @Nullable String signal,
            @Nullable Integer quality) {}

    /** Why and where the lookup is made (audited; told to the owner with each hit). */
    public record Context(String purpose, String location) {}

    /**
     * A bank entry that matched, as the searcher may see it.
     *
     * @param distance the Hamming distance for PDQ (0–31), 0 for the exact types
     * @param hitId the hit raised for the bank's owner; null when a hit on this entry for this signal was dismissed
     */
    public record Match(
            String bankId,
            String bankName,
            long entryId,
            int distance,
            List<String> labels,
            String owner,
            @Nullable String hitId) {}

    /**
     * The answer for one signal.
     *
     * @param signal the normalised signal
     * @param outcome {@code HIT} when a match is listed, else {@code NO_HIT}
     * @param note why a signal is NO_HIT although something matched it, or was not matched at all (quality too low);
     *     null otherwise
     */
    public record Result(
            String signalType,
            String signal,
            String outcome,
            List<Match> matches,
            @Nullable String note) {}

    public record Answer(List<Result> results) {}

    /**
     * Looks signals up.
     *
     * @throws InvalidInputException naming every bad field ({@code signals}, {@code signals[3].signal} …): nothing is
     *     looked up
     */
    public Answer lookup(Viewer viewer, @Nullable List<SignalQuery> signals, Context context) {
        List<Query> queries = validate(signals);
        readiness.require();
        return run(viewer, queries, context);
    }

    /**
     * Hashes an uploaded file (MD5, SHA-256, and PDQ when it is an image) and looks its signals up; the file is not
     * kept.
     */
    public Answer lookupFile(Viewer viewer, ContentBanks.UploadedFile file, Context context) {
        FileHashes hashes = FileHashes.of(file.bytes(), file.contentType(), file.fileName());
        readiness.require();
        List<Query> queries = new ArrayList<>();
        if (hashes.pdq() != null) {
            queries.add(new Query(
                    SignalType.PDQ, hashes.pdq().hash().hex(), hashes.pdq().quality()));
        }
        queries.add(new Query(SignalType.MD5, hashes.md5(), null));
        queries.add(new Query(SignalType.SHA256, hashes.sha256(), null));
        return run(viewer, queries, context);
    }

    record Query(SignalType type, String signal, @Nullable Integer quality) {}

    private static List<Query> validate(@Nullable List<SignalQuery> signals) {
        if (signals == null || signals.isEmpty()) {
            throw new InvalidInputException("signals", "required: 1 to " + MAX_SIGNALS + " signals");
        }
        if (signals.size() > MAX_SIGNALS) {
            throw new InvalidInputException(
                    "signals", "at most " + MAX_SIGNALS + " signals a request, not " + signals.size());
        }
        List<FieldError> errors = new ArrayList<>();
        List<Query> queries = new ArrayList<>(signals.size());
        for (int i = 0; i < signals.size(); i++) {
            SignalQuery q = signals.get(i);
            String at = "signals[" + i + "]";
            if (q == null) {
                errors.add(new FieldError(at, "required"));
                continue;
            }
            SignalType type = SignalType.parse(q.signalType());
            if (type == null) {
                errors.add(new FieldError(at + ".signalType", "must be one of pdq, md5, sha256, url"));
                continue;
            }
            if (q.signal() == null || q.signal().isBlank()) {
                errors.add(new FieldError(at + ".signal", "required"));
                continue;
            }
            if (q.quality() != null && (type != SignalType.PDQ || q.quality() < 0 || q.quality() > 100)) {
                errors.add(new FieldError(at + ".quality", "only for pdq, 0 to 100"));
                continue;
            }
            try {
                queries.add(new Query(type, Signals.normalise(type, q.signal()), q.quality()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + ".signal", e.getMessage()));
            }
            if (errors.size() >= 100) {
                break; // enough to fix the batch; the answer stays small
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return queries;
    }

    private Answer run(Viewer viewer, List<Query> queries, Context context) {
        List<Result> results = new ArrayList<>(queries.size());
        List<RaisedHits> raised = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        int hits = 0;
        for (Query query : queries) {
            Result result = one(viewer, query, context, raised, audit);
            if (result.outcome().equals("HIT")) {
                hits++;
            }
            results.add(result);
        }
        audit.add(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.SCREEN,
                "content-lookup",
                queries.size() + " signals, " + hits + " HIT",
                context.purpose(),
                Outcome.SUCCESS,
                context.location()));
        boolean anyHit = raised.stream().anyMatch(r -> !r.isEmpty());
        if (anyHit) {
            journal.record(audit, () -> raiser.insert(raised));
        } else {
            journal.record(audit);
        }
        return new Answer(results);
    }

    private Result one(Viewer viewer, Query query, Context context, List<RaisedHits> raised, List<AuditEntry> audit) {
        if (query.quality() != null && query.quality() < PdqHasher.MIN_QUALITY) {
            return new Result(
                    query.type().wire(),
                    query.signal(),
                    "NO_HIT",
                    List.of(),
                    "not matched: PDQ quality " + query.quality() + " is below " + PdqHasher.MIN_QUALITY
                            + " (too featureless to match reliably)");
        }
        List<ContentIndex.Found> found = index.search(query.type(), query.signal());
        if (found.isEmpty()) {
            return new Result(query.type().wire(), query.signal(), "NO_HIT", List.of(), null);
        }
        List<ContentIndex.Found> benign = found.stream()
                .filter(f -> f.entry().negative() && visible(viewer, f.entry()))
                .toList();
        if (!benign.isEmpty()) {
            ContentIndex.Found first = benign.getFirst();
            return new Result(
                    query.type().wire(),
                    query.signal(),
                    "NO_HIT",
                    List.of(),
                    "known benign: matches entry " + first.entry().id() + " of negative bank '"
                            + first.entry().bankName() + "'");
        }
        List<ContentIndex.Found> positive =
                found.stream().filter(f -> !f.entry().negative()).toList();
        if (positive.isEmpty()) {
            return new Result(query.type().wire(), query.signal(), "NO_HIT", List.of(), null);
        }
        List<HitRaiser.Match> matches = positive.stream()
                .map(f -> new HitRaiser.Match(item(f.entry()), score(query.type(), f.distance())))
                .toList();
        RaisedHits hits = raiser.raise(
                viewer, context.purpose(), context.location(), query.type().wire() + ":" + query.signal(), matches);
        raised.add(hits);
        List<Match> shown = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            IndexedEntry entry = positive.get(i).entry();
            if (visible(viewer, entry)) {
                shown.add(new Match(
                        entry.bankId(),
                        entry.bankName(),
                        entry.id(),
                        positive.get(i).distance(),
                        entry.labels(),
                        entry.owner(),
                        hits.hitId(matches.get(i).item())));
            }
        }
        auditMatches(viewer, positive, context, audit);
        return new Result(query.type().wire(), query.signal(), shown.isEmpty() ? "NO_HIT" : "HIT", shown, null);
    }

    /** One row per signal that matched, naming the matched entries (the searched signal is not written). */
    private static void auditMatches(
            Viewer viewer, List<ContentIndex.Found> found, Context context, List<AuditEntry> audit) {
        String ids = found.stream().map(f -> Long.toString(f.entry().id())).collect(Collectors.joining(","));
        for (String chunk : chunks(ids, 200)) {
            audit.add(new AuditEntry(
                    viewer.actor(),
                    viewer.bureau(),
                    Operation.SCREEN,
                    "content-entry",
                    chunk,
                    context.purpose(),
                    Outcome.SUCCESS,
                    context.location()));
        }
    }

    private static List<String> chunks(String ids, int size) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < ids.length()) {
            int end = Math.min(ids.length(), start + size);
            if (end < ids.length()) {
                int comma = ids.lastIndexOf(',', end);
                end = comma > start ? comma : end;
            }
            out.add(ids.substring(start, end));
            start = end < ids.length() && ids.charAt(end) == ',' ? end + 1 : end;
        }
        return out;
    }

    static boolean visible(Viewer viewer, IndexedEntry entry) {
        return AccessPolicy.maySee(viewer, entry.owner(), entry.access());
    }

    private static double score(SignalType type, int distance) {
        return type == SignalType.PDQ ? 1.0 - distance / 256.0 : 1.0;
    }

    static MatchedItem item(IndexedEntry entry) {
        String summary = (entry.labels().isEmpty() ? "no labels" : String.join(", ", entry.labels()))
                + (entry.source().isEmpty() ? "" : " · source: " + entry.source());
        String signal = entry.signal().length() > 16 ? entry.signal().substring(0, 16) + "…" : entry.signal();
        return new MatchedItem(
                KIND,
                Long.toString(entry.id()),
                entry.owner(),
                entry.access(),
                entry.bankName() + " · " + entry.type().wire() + " " + signal,
                summary.length() > 160 ? summary.substring(0, 160) + "…" : summary,
                "review the content; tell the bank's owner what was done",
                entry.version(),
                "/content/entries/" + entry.id());
    }
}
