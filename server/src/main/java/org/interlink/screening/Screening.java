package org.interlink.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.matching.Mrz;
import org.interlink.matching.MrzException;
import org.interlink.matching.Names;
import org.interlink.matching.Parameters;
import org.interlink.matching.PartialDate;
import org.interlink.matching.PersonQuery;
import org.interlink.matching.Sex;
import org.interlink.members.Countries;
import org.interlink.members.Country;
import org.interlink.platform.TimeOrderedIds;
import org.interlink.screening.Checks.Context;
import org.interlink.screening.Checks.DocumentCheck;
import org.interlink.screening.Checks.PersonCheck;
import org.interlink.screening.Checks.VehicleCheck;
import org.interlink.screening.ScreeningResult.Match;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Person, document, vehicle and passenger-list checks.
 *
 * <p>For each candidate the index returns, the access policy decides: a record the searcher may see is listed (and
 * raises a hit at or above the hit threshold, unless this traveller was already cleared for this version of it); a
 * record the searcher may not see is never listed nor counted, and a match at or above the hit threshold becomes a
 * <em>silent hit</em> that only its owner is told of. The check's audit row and its hits are committed together by the
 * {@link AuditJournal} (group commit) before the answer leaves, silent hit or not. Until the watchlist is ready every
 * check is refused ({@link WatchlistReadiness.NotReady}, 503): an index still being built would answer NO_HIT.
 */
@Service
public class Screening {

    /** A passenger list is answered in one request; beyond this, send several. */
    public static final int MAX_TRAVELLERS = 1_000;

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    private static final int MAX_NAME = 300;

    /**
     * Where a passenger list's name matching runs: platform threads, one per core, apart from the request threads.
     * Requests are served on virtual threads, which the JVM never preempts: a list matched on its request thread (or
     * on the common pool, which a parallel stream's caller joins) held the few carrier threads for as long as its
     * matching took, and every other request — a document check, a 503 refusal that was due — waited for a carrier.
     * The operating system time-slices these threads with the carriers, so light checks keep running while lists are
     * matched; the request thread parks until its list is done.
     */
    private static final ForkJoinPool LIST_MATCHING =
            new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final Watchlist watchlist;
    private final AuditJournal journal;
    private final HitRows hitRows;
    private final Countries countries;
    private final WatchlistReadiness readiness;
    private final Clock clock;

    @Autowired
    Screening(
            Watchlist watchlist,
            AuditJournal journal,
            HitRows hitRows,
            Countries countries,
            WatchlistReadiness readiness) {
        this(watchlist, journal, hitRows, countries, readiness, Clock.systemUTC());
    }

    Screening(
            Watchlist watchlist,
            AuditJournal journal,
            HitRows hitRows,
            Countries countries,
            WatchlistReadiness readiness,
            Clock clock) {
        this.watchlist = watchlist;
        this.readiness = readiness;
        this.journal = journal;
        this.hitRows = hitRows;
        this.countries = countries;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- persons

    public ScreeningResult screenPerson(Viewer viewer, PersonCheck check, Context context) {
        readiness.require();
        List<FieldError> errors = new ArrayList<>();
        PersonRequest request = personRequest(check, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Pass pass = new Pass(viewer, context);
        List<Match> matches = pass.persons(request);
        pass.commit("person-check");
        return new ScreeningResult(outcome(matches), matches, null);
    }

    /** A validated person check. */
    record PersonRequest(PersonQuery query, int limit, double minScore, String travellerKey) {}

    private PersonRequest personRequest(PersonCheck check, String prefix, List<FieldError> errors) {
        String name = check.name() == null ? "" : check.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError(prefix + "name", "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError(prefix + "name", "is longer than " + MAX_NAME + " characters"));
        } else if (Names.normalise(name).isEmpty()) {
            errors.add(new FieldError(prefix + "name", "has no letters to compare"));
        }
        PartialDate dob = null;
        if (check.dateOfBirth() != null && !check.dateOfBirth().isBlank()) {
            try {
                dob = PartialDate.parse(check.dateOfBirth().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "dateOfBirth", "must be a real date: YYYY, YYYY-MM or YYYY-MM-DD"));
            }
        }
        String nationality = null;
        if (check.nationality() != null && !check.nationality().isBlank()) {
            nationality = memberOrIcao(check.nationality().strip());
            if (nationality == null) {
                errors.add(new FieldError(prefix + "nationality", "is not a member country code"));
            }
        }
        Sex sex = null;
        if (check.sex() != null && !check.sex().isBlank()) {
            sex = switch (check.sex().strip().toUpperCase(Locale.ROOT)) {
                case "M" -> Sex.MALE;
                case "F" -> Sex.FEMALE;
                case "U", "X" -> null;
                default -> {
                    errors.add(new FieldError(prefix + "sex", "must be M, F or U"));
                    yield null;
                }
            };
        }
        int limit = check.limit() == null ? DEFAULT_LIMIT : check.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError(prefix + "limit", "must be between 1 and " + MAX_LIMIT));
        }
        double minScore = check.minScore() == null ? Parameters.HIT_THRESHOLD : check.minScore();
        if (Double.isNaN(minScore) || minScore < 0 || minScore > 1) {
            errors.add(new FieldError(prefix + "minScore", "must be between 0 and 1"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        PersonQuery query = new PersonQuery(name, dob, nationality, sex);
        return new PersonRequest(query, limit, minScore, travellerKey(name, dob));
    }

    /** The traveller as dismissals remember them: sorted romanised name tokens and the date of birth. */
    static String travellerKey(String name, @Nullable PartialDate dob) {
        return String.join(" ", new TreeSet<>(Names.normalise(name).tokens())) + "|" + (dob == null ? "" : dob);
    }

    /**
     * An alpha-2 member code, or the alpha-2 of a member's ICAO code (an MRZ nationality) or of its ISO alpha-3 code
     * (airline data: {@code DEU} where the MRZ says {@code D}); null if none.
     */
    private @Nullable String memberOrIcao(String code) {
        return countries
                .find(code)
                .or(() -> countries.findByIcao(code))
                .or(() -> countries.findByIcao(IcaoCodes.canonical(code.toUpperCase(Locale.ROOT), countries)))
                .map(Country::code)
                .orElse(null);
    }

    // ---------------------------------------------------------------- documents

    public ScreeningResult screenDocument(Viewer viewer, DocumentCheck check, Context context) {
        readiness.require();
        boolean byMrz = check.mrz() != null && !check.mrz().isBlank();
        boolean byNumber = (check.number() != null && !check.number().isBlank())
                || (check.issuingCountry() != null && !check.issuingCountry().isBlank());
        if (byMrz && byNumber) {
            throw new InvalidInputException("mrz", "give either the MRZ or the number and issuing country, not both");
        }
        if (byMrz) {
            return screenMrz(viewer, check.mrz(), context);
        }
        List<FieldError> errors = new ArrayList<>();
        DocumentRequest request = documentRequest(check.number(), check.issuingCountry(), "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Pass pass = new Pass(viewer, context);
        List<Match> matches = pass.documents(request);
        pass.commit("document-check");
        return new ScreeningResult(outcome(matches), matches, null);
    }

    record DocumentRequest(String issuingState, String number) {}

    /**
     * A number's letters and digits as the matching library normalises them; empty when it has none (the library
     * refuses such input, and the checks answer it as a missing or too short value naming the field).
     */
    private static String lettersAndDigits(String raw, java.util.function.UnaryOperator<String> normalise) {
        try {
            return normalise.apply(raw);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private @Nullable DocumentRequest documentRequest(
            @Nullable String number, @Nullable String issuingCountry, String prefix, List<FieldError> errors) {
        String normalised =
                number == null ? "" : lettersAndDigits(number, org.interlink.matching.DocumentNumbers::normalise);
        if (normalised.isEmpty()) {
            errors.add(new FieldError(prefix + "number", "is required"));
        } else if (normalised.length() > 30) {
            errors.add(new FieldError(prefix + "number", "is longer than any travel document number"));
        }
        String state = issuingCountry == null
                ? ""
                : IcaoCodes.canonical(issuingCountry.strip().toUpperCase(Locale.ROOT), countries);
        if (state.isEmpty()) {
            errors.add(new FieldError(prefix + "issuingCountry", "is required (ICAO 9303 code, e.g. FRA or D)"));
        } else if (!IcaoCodes.isKnown(state, countries)) {
            errors.add(new FieldError(prefix + "issuingCountry", "is not an ICAO 9303 issuing-state code"));
        }
        return errors.isEmpty() ? new DocumentRequest(state, normalised) : null;
    }

    private ScreeningResult screenMrz(Viewer viewer, String raw, Context context) {
        if (raw.length() > 300) {
            throw new InvalidInputException("mrz", "is longer than any machine-readable zone");
        }
        Mrz mrz;
        try {
            // A failing check digit does not stop the check: a forged or altered document is exactly the one to
            // screen. Its number and name are screened as read, and the failure is answered beside the result.
            mrz = Mrz.read(raw);
        } catch (MrzException e) {
            throw new InvalidInputException("mrz." + e.field(), e.getMessage());
        }
        Pass pass = new Pass(viewer, context);
        List<Match> matches =
                new ArrayList<>(pass.documents(new DocumentRequest(mrz.issuingState(), mrz.documentNumber())));
        String name = (mrz.primaryIdentifier() + " " + mrz.secondaryIdentifier()).strip();
        if (!name.isEmpty() && !Names.normalise(name).isEmpty()) {
            String nationality = memberOrIcao(mrz.nationality());
            Sex sex = mrz.sex() == Sex.UNSPECIFIED ? null : mrz.sex();
            PersonQuery query = new PersonQuery(name, mrz.dateOfBirth(), nationality, sex);
            matches.addAll(pass.persons(new PersonRequest(
                    query, DEFAULT_LIMIT, Parameters.HIT_THRESHOLD, travellerKey(name, mrz.dateOfBirth()))));
        }
        pass.commit("document-check");
        return new ScreeningResult(outcome(matches), matches, reading(mrz));
    }

    private static ScreeningResult.MrzReading reading(Mrz mrz) {
        return new ScreeningResult.MrzReading(
                mrz.format().name(),
                mrz.documentCode(),
                mrz.issuingState(),
                mrz.primaryIdentifier(),
                mrz.secondaryIdentifier(),
                mrz.documentNumber(),
                mrz.nationality(),
                mrz.dateOfBirth() == null ? null : mrz.dateOfBirth().toString(),
                switch (mrz.sex()) {
                    case MALE -> "M";
                    case FEMALE -> "F";
                    default -> "U";
                },
                mrz.dateOfExpiry() == null ? null : mrz.dateOfExpiry().toString(),
                mrz.checks().stream()
                        .map(c -> new ScreeningResult.Check(c.field(), c.valid()))
                        .toList(),
                mrz.corrections().stream()
                        .map(c -> c.field() + ": '" + c.read() + "' read as '" + c.corrected() + "' (line " + c.line()
                                + ", column " + c.column() + ")")
                        .toList());
    }

    // ---------------------------------------------------------------- vehicles

    public ScreeningResult screenVehicle(Viewer viewer, VehicleCheck check, Context context) {
        readiness.require();
        boolean byVin = check.vin() != null && !check.vin().isBlank();
        boolean byPlate = check.plate() != null && !check.plate().isBlank();
        if (byVin == byPlate) {
            throw new InvalidInputException("vin", "give either a VIN or a plate");
        }
        Pass pass = new Pass(viewer, context);
        List<Match> matches;
        if (byVin) {
            String normalised = lettersAndDigits(check.vin(), org.interlink.matching.DocumentNumbers::normalise);
            if (normalised.length() < 11 || normalised.length() > 17) {
                throw new InvalidInputException("vin", "must have 11 to 17 characters (17 since 1981)");
            }
            matches = pass.exact(watchlist.vehiclesByVin(normalised), "VIN:" + normalised, 1.0);
        } else {
            String plate = lettersAndDigits(check.plate(), org.interlink.matching.Plates::normalise);
            if (plate.isEmpty() || plate.length() > 15) {
                throw new InvalidInputException("plate", "must have 1 to 15 letters or digits");
            }
            List<Match> exact = pass.exact(watchlist.vehiclesByPlate(plate), "PLATE:" + plate, 1.0);
            Set<String> seen = new TreeSet<>();
            exact.forEach(m -> seen.add(m.recordId()));
            List<WatchedItem> alike = watchlist.vehiclesByConfusablePlate(plate).stream()
                    .filter(item -> !seen.contains(item.id()))
                    .toList();
            matches = new ArrayList<>(exact);
            // A plate that only reads alike (O/0, B/8…) is a possible match for the officer to look at, not a hit.
            matches.addAll(pass.exact(alike, "PLATE:" + plate, Parameters.POSSIBLE_THRESHOLD));
        }
        pass.commit("vehicle-check");
        return new ScreeningResult(outcome(matches), matches, null);
    }

    // ---------------------------------------------------------------- passenger lists

    /** One traveller of a passenger list; only {@code name} or {@code document} is required. */
    public record Traveller(
            @Nullable String ref,
            @Nullable String name,
            @Nullable String dateOfBirth,
            @Nullable String nationality,
            @Nullable String sex,
            @Nullable TravellerDocument document) {}

    public record TravellerDocument(
            @Nullable String number, @Nullable String issuingCountry) {}

    public record TravellerResult(@Nullable String ref, String outcome, List<Match> matches) {}

    /**
     * A traveller that was not screened, and why: one entry per problem.
     *
     * @param index the traveller's place in the list, from 0
     * @param field the field at fault, e.g. {@code travellers[3].document.issuingCountry}
     */
    public record Rejected(int index, @Nullable String ref, String field, String message) {}

    /** A passenger list's answer: every valid traveller screened, in list order, and the others with their reasons. */
    public record BatchResult(List<TravellerResult> results, List<Rejected> rejected) {}

    /**
     * Screens every valid traveller; a traveller with bad fields is listed in {@code rejected} and does not stop the
     * others. One audit row per screened traveller, all committed together before the answer.
     *
     * @throws InvalidInputException for a missing, empty or too long list only
     */
    public BatchResult screenBatch(Viewer viewer, @Nullable List<Traveller> travellers, Context context) {
        readiness.require();
        if (travellers == null || travellers.isEmpty()) {
            throw new InvalidInputException("travellers", "list at least one traveller");
        }
        if (travellers.size() > MAX_TRAVELLERS) {
            throw new InvalidInputException("travellers", "at most " + MAX_TRAVELLERS + " travellers per request");
        }
        List<Rejected> rejected = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        List<PersonRequest> persons = new ArrayList<>();
        List<DocumentRequest> documents = new ArrayList<>();
        for (int i = 0; i < travellers.size(); i++) {
            Traveller t = travellers.get(i);
            List<FieldError> errors = new ArrayList<>();
            PersonRequest person = null;
            DocumentRequest document = null;
            if (t == null) {
                errors.add(new FieldError("travellers[" + i + "]", "is empty"));
            } else {
                String prefix = "travellers[" + i + "].";
                boolean hasName = t.name() != null && !t.name().isBlank();
                boolean hasDocument = t.document() != null
                        && ((t.document().number() != null
                                        && !t.document().number().isBlank())
                                || (t.document().issuingCountry() != null));
                if (!hasName && !hasDocument) {
                    errors.add(new FieldError(prefix + "name", "give a name, a document, or both"));
                }
                if (hasName) {
                    person = personRequest(
                            new PersonCheck(t.name(), t.dateOfBirth(), t.nationality(), t.sex(), null, null),
                            prefix,
                            errors);
                }
                if (hasDocument) {
                    document = documentRequest(
                            t.document().number(), t.document().issuingCountry(), prefix + "document.", errors);
                }
            }
            if (!errors.isEmpty()) {
                String ref = t == null ? null : t.ref();
                for (FieldError error : errors) {
                    rejected.add(new Rejected(i, ref, error.field(), error.message()));
                }
                continue;
            }
            valid.add(i);
            persons.add(person);
            documents.add(document);
        }
        if (valid.isEmpty()) {
            return new BatchResult(List.of(), rejected);
        }
        Pass pass = new Pass(viewer, context);
        // Name matching is the costly part and reads only the in-memory index: run it on every core (LIST_MATCHING),
        // then apply the access policy, raise hits and write audit rows in list order.
        List<List<Watchlist.Candidate>> candidates = LIST_MATCHING
                .submit(() -> java.util.stream.IntStream.range(0, valid.size())
                        .parallel()
                        .mapToObj(i -> persons.get(i) == null
                                ? List.<Watchlist.Candidate>of()
                                : pass.candidates(persons.get(i)))
                        .toList())
                .join();
        List<TravellerResult> results = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            List<Match> matches = new ArrayList<>();
            if (documents.get(i) != null) {
                matches.addAll(pass.documents(documents.get(i)));
            }
            if (persons.get(i) != null) {
                matches.addAll(pass.persons(persons.get(i), candidates.get(i)));
            }
            pass.audit("traveller-check", matches);
            results.add(new TravellerResult(travellers.get(valid.get(i)).ref(), outcome(matches), matches));
        }
        pass.commitAudited();
        return new BatchResult(results, rejected);
    }

    // ---------------------------------------------------------------- one pass

    static String outcome(List<Match> matches) {
        boolean possible = false;
        for (Match match : matches) {
            if (match.previouslyDismissed()) {
                continue;
            }
            if (match.score() >= Parameters.HIT_THRESHOLD) {
                return ScreeningResult.HIT;
            }
            possible |= match.score() >= Parameters.POSSIBLE_THRESHOLD;
        }
        return possible ? ScreeningResult.POSSIBLE : ScreeningResult.NO_HIT;
    }

    /** The work of one request: matches under the access policy, the hits and audit rows they produce. */
    private final class Pass {
        private final Viewer viewer;
        private final Context context;
        private final Instant now = clock.instant();
        private final List<NewHit> hits = new ArrayList<>();
        private final List<AuditEntry> entries = new ArrayList<>();
        private final List<String> matchedIds = new ArrayList<>();

        Pass(Viewer viewer, Context context) {
            this.viewer = viewer;
            this.context = context;
        }

        List<Match> persons(PersonRequest request) {
            return persons(request, candidates(request));
        }

        /** The index's candidates for a person check, before the access policy. Thread-safe. */
        List<Watchlist.Candidate> candidates(PersonRequest request) {
            // Ask for more than the limit: hidden records are filtered out after matching and must not take places.
            int pool = Math.max(request.limit() * 3, 30);
            double floor = Math.min(request.minScore(), Parameters.HIT_THRESHOLD);
            return watchlist.searchPersons(request.query(), pool, floor);
        }

        List<Match> persons(PersonRequest request, List<Watchlist.Candidate> candidates) {
            Set<WatchedItem> dismissed = hitRows.dismissed(
                    request.travellerKey(),
                    candidates.stream()
                            .filter(c -> c.match().score() >= Parameters.HIT_THRESHOLD)
                            .map(Watchlist.Candidate::item)
                            .toList());
            List<Match> shown = new ArrayList<>();
            for (Watchlist.Candidate candidate : candidates) {
                WatchedItem item = candidate.item();
                double score = candidate.match().score();
                boolean visible = AccessPolicy.maySee(viewer, item.owner(), item.restriction());
                if (!visible) {
                    if (score >= Parameters.HIT_THRESHOLD) {
                        silentHit(item, score, request.travellerKey(), dismissed);
                    }
                    continue;
                }
                if (score < request.minScore() || shown.size() >= request.limit()) {
                    continue;
                }
                shown.add(match(
                        item,
                        score,
                        candidate.match().matchedName(),
                        candidate.match().explanation(),
                        request.travellerKey(),
                        dismissed));
            }
            return shown;
        }

        List<Match> documents(DocumentRequest request) {
            List<WatchedItem> items = watchlist.documents(request.issuingState(), request.number()).stream()
                    .map(WatchedDocument::asItem)
                    .toList();
            return exact(items, "DOC:" + request.issuingState() + ":" + request.number(), 1.0);
        }

        List<Match> exact(List<WatchedItem> items, String travellerKey, double score) {
            Set<WatchedItem> dismissed =
                    score >= Parameters.HIT_THRESHOLD ? hitRows.dismissed(travellerKey, items) : Set.of();
            List<Match> shown = new ArrayList<>();
            for (WatchedItem item : items) {
                if (AccessPolicy.maySee(viewer, item.owner(), item.restriction())) {
                    shown.add(match(item, score, item.label(), List.of(), travellerKey, dismissed));
                } else if (score >= Parameters.HIT_THRESHOLD) {
                    silentHit(item, score, travellerKey, dismissed);
                }
            }
            return shown;
        }

        private Match match(
                WatchedItem item,
                double score,
                String matchedName,
                List<org.interlink.matching.Feature> explanation,
                String travellerKey,
                Set<WatchedItem> dismissedItems) {
            String hitId = null;
            boolean dismissed = false;
            if (score >= Parameters.HIT_THRESHOLD) {
                dismissed = dismissedItems.contains(item);
                if (!dismissed) {
                    hitId = raise(item, score, travellerKey, false);
                }
            }
            matchedIds.add(item.id());
            return new Match(
                    item.id(),
                    item.kind(),
                    round(score),
                    matchedName,
                    explanation,
                    item.summary(),
                    item.action(),
                    item.owner(),
                    hitId,
                    dismissed);
        }

        private void silentHit(WatchedItem item, double score, String travellerKey, Set<WatchedItem> dismissed) {
            if (!dismissed.contains(item)) {
                raise(item, score, travellerKey, true);
                matchedIds.add(item.id());
            }
        }

        private String raise(WatchedItem item, double score, String travellerKey, boolean silent) {
            String id = TimeOrderedIds.next().toString(); // hits grow at the rate of checks
            hits.add(new NewHit(
                    id,
                    now,
                    viewer.bureau(),
                    viewer.actor(),
                    context.purpose(),
                    context.location(),
                    item,
                    round(score),
                    travellerKey,
                    silent,
                    true, // the access policy shows the General Secretariat every record and notice
                    null));
            return id;
        }

        void audit(String objectType, List<Match> ignored) {
            entries.add(new AuditEntry(
                    viewer.actor(),
                    viewer.bureau(),
                    Operation.SCREEN,
                    objectType,
                    String.join(",", matchedIds),
                    context.purpose(),
                    Outcome.SUCCESS,
                    context.location()));
            matchedIds.clear();
        }

        void commit(String objectType) {
            audit(objectType, List.of());
            commitAudited();
        }

        void commitAudited() {
            if (hits.isEmpty()) {
                journal.record(entries); // a commit of audit rows alone is one round trip
            } else {
                journal.record(entries, () -> hitRows.insertAll(hits));
            }
        }
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
