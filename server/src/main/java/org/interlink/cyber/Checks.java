package org.interlink.cyber;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.interlink.screening.HitRaiser;
import org.interlink.screening.MatchedItem;
import org.interlink.screening.RaisedHits;
import org.springframework.stereotype.Service;

/**
 * Checks values against the indicators the viewer may see: every match (exact value, CIDR range containing an
 * address, parent domain, a URL's host), valid now and not revoked, ranked by its confidence today (see {@link
 * Decay}). A value matching more than {@link #MAX_MATCHES} visible indicators is flagged, not expanded. Indicators the
 * viewer may not see are never counted, ranked or named to the viewer; their owners are told by a silent hit.
 */
@Service
class Checks {

    static final int MAX_VALUES = 10_000;
    static final int MAX_MATCHES = 1_000;
    static final String DEFAULT_ACTION = "Report a sighting to the owner";

    private final CheckIndex index;
    private final CyberReadiness readiness;
    private final AuditJournal audit;
    private final HitRaiser raiser;
    private final Clock clock;

    Checks(CheckIndex index, CyberReadiness readiness, AuditJournal audit, HitRaiser raiser) {
        this.index = index;
        this.readiness = readiness;
        this.audit = audit;
        this.raiser = raiser;
        this.clock = Clock.systemUTC();
    }

    /** One indicator a value matched. {@code how}: EXACT, CIDR, SUBDOMAIN or URL_HOST. */
    public record Match(String indicator, String pattern, String owner, String action, int confidence, String how) {}

    /**
     * The answer for one value: {@code outcome} HIT or NO_HIT, and its matches, best first; {@code overflow} when more
     * than {@link #MAX_MATCHES} indicators match (then {@code matches} is empty).
     */
    public record Result(String value, String outcome, List<Match> matches, boolean overflow) {}

    List<Result> check(Viewer viewer, List<String> values, String purpose) {
        validate(values);
        readiness.require();
        Instant now = clock.instant();
        List<Result> results = new ArrayList<>(values.size());
        List<AuditEntry> entries = new ArrayList<>(values.size());
        List<RaisedHits> hits = new ArrayList<>();
        for (String value : values) {
            Found found = one(viewer, value, now);
            results.add(found.result());
            entries.add(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.SCREEN, "cyber-value", value, purpose, Outcome.SUCCESS));
            if (!found.matched().isEmpty()) {
                hits.add(raise(viewer, purpose, value, found.matched()));
            }
        }
        if (hits.isEmpty()) {
            audit.record(entries);
        } else {
            audit.record(entries, () -> raiser.insert(hits));
        }
        return results;
    }

    /**
     * Refuses a list of values a check does not take: none, more than {@link #MAX_VALUES}, or a value blank or over
     * 2,048 characters (named by its index).
     */
    static void validate(List<String> values) {
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new InvalidInputException("values", "must hold 1 to " + MAX_VALUES + " values");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank() || value.length() > 2048) {
                throw new InvalidInputException("values[" + i + "]", "must be a value of 1 to 2,048 characters");
            }
        }
    }

    /**
     * Hits on every indicator a value matched, through screening's workflow: the owner is told; a searcher who may
     * not see the indicator raises a silent hit, the owner's alone; the General Secretariat sees the hit only when it
     * may see the indicator. {@link Protection} (TLP and the restriction) decides both.
     */
    private RaisedHits raise(Viewer viewer, String purpose, String value, List<IndicatorSnapshot> matched) {
        List<HitRaiser.Match> matches = new ArrayList<>();
        for (IndicatorSnapshot indicator : matched) {
            String pattern = indicator.pattern();
            matches.add(new HitRaiser.Match(
                    new MatchedItem(
                            "CYBER_INDICATOR",
                            "cyber:" + indicator.key(),
                            indicator.owner(),
                            protection(indicator)::maySee,
                            indicator.id(),
                            pattern.length() <= 200 ? pattern : pattern.substring(0, 200) + "…",
                            indicator.action(),
                            indicator.modified().toEpochMilli(),
                            "/cyber/indicators/" + indicator.id()),
                    1.0));
        }
        String subject = index.lookups(value).getFirst().key();
        return raiser.raise(viewer, purpose, "", "cyber:" + subject, matches);
    }

    /** A value's answer, and every valid indicator it matched, visible to the searcher or not (for hits). */
    record Found(Result result, List<IndicatorSnapshot> matched) {}

    Found one(Viewer viewer, String value, Instant now) {
        Map<String, Match> found = new HashMap<>();
        Map<String, IndicatorSnapshot> matched = new HashMap<>();
        int hidden = 0;
        for (Observables.Lookup lookup : index.lookups(value)) {
            for (String key : index.under(lookup.key())) {
                if (matched.containsKey(key) || found.containsKey(key)) {
                    continue;
                }
                IndicatorSnapshot indicator = index.indicator(key);
                if (indicator == null
                        || indicator.revoked()
                        || !now.isBefore(indicator.validUntil())
                        || now.isBefore(indicator.validFrom())) {
                    continue;
                }
                boolean visible = protection(indicator).maySee(viewer);
                if (visible || hidden < MAX_MATCHES) {
                    matched.put(key, indicator); // hidden matches past the bound raise no silent hit
                    hidden += visible ? 0 : 1;
                }
                if (visible) {
                    found.put(
                            key,
                            new Match(
                                    indicator.id(),
                                    indicator.pattern(),
                                    indicator.owner(),
                                    indicator.action(),
                                    Decay.confidenceAt(
                                            indicator.confidence(), indicator.validFrom(), indicator.validUntil(), now),
                                    lookup.how()));
                    if (found.size() > MAX_MATCHES) {
                        // flagged, not expanded: no list and no hits for a value this common
                        return new Found(new Result(value, "HIT", List.of(), true), List.of());
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>(found.values());
        matches.sort(Comparator.comparing((Match m) -> !m.how().equals("EXACT"))
                .thenComparing(Comparator.comparingInt(Match::confidence).reversed())
                .thenComparing(Match::owner)
                .thenComparing(Match::indicator));
        return new Found(
                new Result(value, matches.isEmpty() ? "NO_HIT" : "HIT", matches, false), List.copyOf(matched.values()));
    }

    static Protection protection(IndicatorSnapshot indicator) {
        return new Protection(
                indicator.owner(),
                new Restriction(
                        Classification.valueOf(indicator.classification()),
                        Audience.valueOf(indicator.audience()),
                        indicator.countries()),
                Tlp.valueOf(indicator.tlp()));
    }
}
