package org.interlink.bench.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.interlink.matching.Names;
import org.jspecify.annotations.Nullable;

/**
 * The reproducible name-matching evaluation (docs/MATCHING.md): Wikidata name parts in seven scripts queried against
 * their Latin forms and the reverse, each among 100,000+ distractors, and the 81 OpenSanctions spellings of one person
 * among 100,000 synthetic full names; and the per-class scenarios of {@link ClassScenarios} (public figures, unspaced
 * names, the UN list, CJK names from Unihan, negatives in every script). Interlink beside three baselines on the same
 * data.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.interlink.bench.eval.NameEvaluation --split 16}. Options:
 * {@code --fixtures DIR} (default {@code ../shared/fixtures}), {@code --split 16|64} (64 to tune, 16 to report),
 * {@code --per-language N} (queries per language, default 1000), {@code --distractors N} (default 100000), {@code
 * --matchers interlink,exact,lucene,trgm}, {@code --out FILE} (also write the report there), {@code --misses N}
 * (print N of Interlink's misses per language, each with the score the expected entry gets when compared directly:
 * above the top candidate's, the blocking keys lost it; below, the scoring did), {@code --depth N} (also print
 * recall@N, N > 10), {@code --scenarios toLatin,fromLatin,full,putin,figures,unspaced,un,cjk,negatives} (a subset, to
 * iterate faster; the default runs all). The last five ({@link ClassScenarios}) report recall and false alerts per class
 * and per script pair.
 */
public final class NameEvaluation {

    static final long SEED = 20261127L;

    final Path fixtures;
    final String split;
    final int perLanguage;
    final int distractors;
    private final List<String> matchers;
    private final int misses;
    private final int depth;
    private final List<String> scenarios;
    private final StringBuilder report = new StringBuilder();
    private final double[] interlinkOnePercent = new double[2];
    private final Map<String, List<Result>> resultsByScenario = new LinkedHashMap<>();

    NameEvaluation(Map<String, String> opts) {
        fixtures = Path.of(opts.getOrDefault("fixtures", "../shared/fixtures"));
        split = opts.getOrDefault("split", "16");
        perLanguage = Integer.parseInt(opts.getOrDefault("per-language", "1000"));
        distractors = Integer.parseInt(opts.getOrDefault("distractors", "100000"));
        matchers = List.of(
                opts.getOrDefault("matchers", "interlink,exact,lucene,trgm").split(","));
        misses = Integer.parseInt(opts.getOrDefault("misses", "0"));
        depth = Integer.parseInt(opts.getOrDefault("depth", "10"));
        scenarios =
                List.of(opts.getOrDefault("scenarios", "toLatin,fromLatin,full,putin,figures,unspaced,un,cjk,negatives")
                        .split(","));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        NameEvaluation evaluation = new NameEvaluation(opts);
        if (!Files.isDirectory(evaluation.fixtures.resolve("names"))) {
            System.err.println(
                    "fixtures not found at " + evaluation.fixtures.toAbsolutePath() + ": nothing to evaluate");
            return;
        }
        evaluation.run();
        if (opts.containsKey("out")) {
            Files.writeString(Path.of(opts.get("out")), evaluation.report);
        }
    }

    /**
     * One query: {@code expected} is the entry (or, in a scenario with owners, the person) it must find, -1 for a
     * non-matching query; {@code language} is its class (a language or transcription system) and {@code pair} its script
     * pair (query script → record script), both only for reporting.
     */
    record Query(String text, int expected, String language, String pair) {
        Query(String text, int expected, String language) {
            this(text, expected, language, language);
        }
    }

    /**
     * The entries indexed and the queries asked. {@code owners}, when not null, gives the person of each entry (a person
     * indexed under several names): candidates are then counted per person. {@code byClass} asks for the per-class and
     * per-script-pair tables.
     */
    record Scenario(
            String title,
            List<String> entries,
            List<Query> matching,
            List<Query> nonMatching,
            int @Nullable [] owners,
            boolean byClass) {
        Scenario(String title, List<String> entries, List<Query> matching, List<Query> nonMatching) {
            this(title, entries, matching, nonMatching, null, false);
        }
    }

    /** Results of each scenario run so far, keyed by the scenario title's first word ("Other", "Latin", "Full"...). */
    Map<String, List<Result>> results() {
        return resultsByScenario;
    }

    void run() throws Exception {
        line("# Name evaluation, split _" + split + ", " + perLanguage + " queries per language, seed " + SEED);
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ". Ranks ties by the matcher's own order over a seeded shuffle of the entries.");
        line("");
        Map<String, Supplier<Scenario>> all = new LinkedHashMap<>();
        all.put("toLatin", this::toLatin);
        all.put("fromLatin", this::fromLatin);
        all.put("full", this::fullNames);
        all.put("putin", this::putin);
        ClassScenarios classes = new ClassScenarios(this);
        all.put("figures", classes::publicFigures);
        all.put("unspaced", classes::unspaced);
        all.put("un", classes::unList);
        all.put("cjk", classes::cjk);
        all.put("negatives", classes::negatives);
        if (!all.keySet().containsAll(scenarios)) {
            throw new IllegalArgumentException(
                    "--scenarios takes " + String.join(",", all.keySet()) + ": " + scenarios);
        }
        for (Map.Entry<String, Supplier<Scenario>> scenario : all.entrySet()) {
            if (scenarios.contains(scenario.getKey())) {
                evaluate(scenario.getValue().get());
            }
        }
    }

    // ------------------------------------------------------------------ scenarios

    /** Index Latin names plus synthetic distractors; query each name in its other script. */
    private Scenario toLatin() {
        Map<String, List<NamePair>> sampled = sample();
        Set<String> truthLatin = new LinkedHashSet<>();
        sampled.values().forEach(rows -> rows.forEach(p -> truthLatin.add(p.latin())));
        Set<String> allReal = new HashSet<>();
        List<String> sources = new ArrayList<>();
        for (String lang : NameFixtures.LANGUAGES) {
            for (String s : List.of("16", "64")) {
                for (NamePair p : NameFixtures.pairs(fixtures, lang, s)) {
                    if (allReal.add(p.latin())) {
                        sources.add(p.latin());
                    }
                }
            }
        }
        List<String> synthetic = Distractors.synthetic(sources, distractors, allReal, SEED);
        List<String> entries = new ArrayList<>(truthLatin);
        entries.addAll(synthetic);
        Collections.shuffle(entries, new Random(SEED));
        Map<String, Integer> idOf = ids(entries);
        List<Query> matching = new ArrayList<>();
        List<Query> nonMatching = new ArrayList<>();
        for (String lang : NameFixtures.LANGUAGES) {
            for (NamePair p : sampled.get(lang)) {
                matching.add(new Query(p.target(), idOf.get(p.latin()), lang));
            }
            nonMatching.addAll(unindexed(lang, p -> !idOf.containsKey(p.latin()), p -> p.target()));
        }
        return new Scenario(
                "Other script → Latin (" + entries.size() + " Latin entries, " + synthetic.size()
                        + " of them synthetic distractors)",
                entries,
                matching,
                nonMatching);
    }

    /** Index names in their other script plus real other-script distractors; query with the Latin form. */
    private Scenario fromLatin() {
        Map<String, List<NamePair>> sampled = sample();
        Set<String> truthLatin = new HashSet<>();
        Set<String> entrySet = new LinkedHashSet<>();
        sampled.values()
                .forEach(rows -> rows.forEach(p -> {
                    truthLatin.add(p.latin());
                    entrySet.add(p.target());
                }));
        String other = split.equals("16") ? "64" : "16";
        int perLanguageDistractors = distractors / NameFixtures.LANGUAGES.size() + 1;
        for (String lang : NameFixtures.LANGUAGES) {
            List<NamePair> rows = new ArrayList<>(NameFixtures.pairs(fixtures, lang, other));
            Collections.shuffle(rows, new Random(SEED + lang.hashCode()));
            int added = 0;
            for (NamePair p : rows) {
                if (added == perLanguageDistractors) {
                    break;
                }
                if (!truthLatin.contains(p.latin()) && entrySet.add(p.target())) {
                    added++;
                }
            }
        }
        List<String> entries = new ArrayList<>(entrySet);
        Collections.shuffle(entries, new Random(SEED));
        Map<String, Integer> idOf = ids(entries);
        List<Query> matching = new ArrayList<>();
        List<Query> nonMatching = new ArrayList<>();
        for (String lang : NameFixtures.LANGUAGES) {
            for (NamePair p : sampled.get(lang)) {
                matching.add(new Query(p.latin(), idOf.get(p.target()), lang));
            }
            nonMatching.addAll(unindexed(
                    lang, p -> !truthLatin.contains(p.latin()) && !idOf.containsKey(p.target()), NamePair::latin));
        }
        return new Scenario(
                "Latin → other script (" + entries.size() + " other-script entries, real names from split _" + other
                        + " as distractors)",
                entries,
                matching,
                nonMatching);
    }

    /**
     * Two-part full names: two name parts of one language, Latin in the index among synthetic two- and three-part
     * names, queried in the other script with the parts in either order (family name first for every other query).
     */
    private Scenario fullNames() {
        return fullNames(false);
    }

    /** Languages whose names are written without separators: Han, kana and Hangul. */
    static final List<String> UNSPACED = List.of("chinese", "japanese", "katakana", "korean");

    /**
     * The full-name scenario, or with {@code unspaced} its variant for the languages that write names together: the
     * parts in the other script joined without a separator (and, for Chinese and Korean, the Latin parts written as one
     * word in the entry's order, as "Xijinping" is), against the same spaced Latin entries, without the rows judged
     * crossed.
     */
    Scenario fullNames(boolean unspaced) {
        Map<String, List<NamePair>> sampled = sample(unspaced);
        List<String> languages = unspaced ? UNSPACED : NameFixtures.LANGUAGES;
        String separator = unspaced ? "" : " ";
        List<String> synthetic = syntheticFullNames(SEED + 3);
        Set<String> entrySet = new LinkedHashSet<>(synthetic);
        Map<String, String> queries = new LinkedHashMap<>();
        Map<String, String> languageOf = new HashMap<>();
        Set<String> truthLatin = new HashSet<>();
        for (String lang : languages) {
            List<NamePair> rows = sampled.get(lang);
            for (int i = 0; i + 1 < rows.size(); i += 2) {
                NamePair a = rows.get(i);
                NamePair b = rows.get(i + 1);
                String latin = a.latin() + " " + b.latin();
                boolean familyFirst = (i / 2) % 2 != 0;
                String target = familyFirst ? b.target() + separator + a.target() : a.target() + separator + b.target();
                if (entrySet.add(latin)) {
                    queries.put(target, latin);
                    languageOf.put(target, lang);
                    if (unspaced && (lang.equals("chinese") || lang.equals("korean"))) {
                        String joined = a.latin() + b.latin().toLowerCase(Locale.ROOT);
                        queries.putIfAbsent(joined, latin);
                        languageOf.putIfAbsent(joined, "latin one word (" + lang + ")");
                    }
                }
                truthLatin.add(a.latin());
                truthLatin.add(b.latin());
            }
        }
        List<String> entries = new ArrayList<>(entrySet);
        Collections.shuffle(entries, new Random(SEED));
        Map<String, Integer> idOf = ids(entries);
        List<Query> matching = new ArrayList<>();
        queries.forEach((target, latin) ->
                matching.add(new Query(target, idOf.get(latin), languageOf.get(target), Scripts.pair(target, latin))));
        List<Query> nonMatching = new ArrayList<>();
        for (String lang : languages) {
            List<Query> parts = unindexed(lang, p -> !truthLatin.contains(p.latin()), NamePair::target);
            for (int i = 0; i + 1 < parts.size(); i += 2) {
                nonMatching.add(new Query(
                        parts.get(i).text() + separator + parts.get(i + 1).text(), -1, lang));
            }
        }
        String title = unspaced
                ? "Unspaced: two parts in Han, kana or Hangul written together, or Latin parts as one word → spaced Latin ("
                : "Full names: two parts in the other script, either order → Latin (";
        return new Scenario(
                title + entries.size() + " entries, " + synthetic.size() + " synthetic two- and three-part names)",
                entries,
                matching,
                nonMatching,
                null,
                unspaced);
    }

    List<String> syntheticFullNames(long seed) {
        List<String> sources = new ArrayList<>();
        for (String lang : NameFixtures.LANGUAGES) {
            NameFixtures.pairs(fixtures, lang, "64").forEach(p -> sources.add(p.latin()));
        }
        List<String> tokens = Distractors.synthetic(sources, 60_000, Set.of("putin", "vladimir"), seed);
        Random rnd = new Random(seed + 1);
        Set<String> names = Distractors.fullNames(tokens, distractors, rnd);
        return new ArrayList<>(names);
    }

    /** One person's 81 real spellings in 15 scripts against 100,000 synthetic full names. */
    private Scenario putin() {
        List<String> names = syntheticFullNames(SEED + 1);
        List<String> entries = new ArrayList<>(names);
        entries.add("Vladimir Vladimirovich Putin");
        Collections.shuffle(entries, new Random(SEED));
        int putin = entries.indexOf("Vladimir Vladimirovich Putin");
        List<Query> matching = NameFixtures.putinNames(fixtures).stream()
                .map(n -> new Query(n, putin, "putin"))
                .toList();
        return new Scenario(
                "OpenSanctions: 81 spellings of Vladimir Putin (15 scripts) → \"Vladimir Vladimirovich Putin\" among "
                        + distractors + " synthetic full names",
                entries,
                matching,
                List.of());
    }

    private Map<String, List<NamePair>> sample() {
        return sample(false);
    }

    /** {@code perLanguage} rows of each language, shuffled; without the rows judged crossed when {@code checked}. */
    Map<String, List<NamePair>> sample(boolean checked) {
        Map<String, List<NamePair>> out = new LinkedHashMap<>();
        for (String lang : NameFixtures.LANGUAGES) {
            List<NamePair> rows = new ArrayList<>(
                    checked
                            ? NameFixtures.checkedPairs(fixtures, lang, split)
                            : NameFixtures.pairs(fixtures, lang, split));
            Collections.shuffle(rows, new Random(SEED + lang.hashCode()));
            out.put(lang, rows.subList(0, Math.min(perLanguage, rows.size())));
        }
        return out;
    }

    /** Queries from the evaluation split whose name is not indexed: the other end of the shuffled file. */
    private List<Query> unindexed(
            String lang,
            java.util.function.Predicate<NamePair> unindexed,
            java.util.function.Function<NamePair, String> text) {
        List<NamePair> rows = new ArrayList<>(NameFixtures.pairs(fixtures, lang, split));
        Collections.shuffle(rows, new Random(SEED + lang.hashCode()));
        Collections.reverse(rows);
        List<Query> out = new ArrayList<>();
        for (NamePair p : rows) {
            if (out.size() == perLanguage) {
                break;
            }
            if (unindexed.test(p)) {
                out.add(new Query(text.apply(p), -1, lang));
            }
        }
        return out;
    }

    static Map<String, Integer> ids(List<String> entries) {
        Map<String, Integer> idOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            idOf.putIfAbsent(entries.get(i), i);
        }
        return idOf;
    }

    // ------------------------------------------------------------------ evaluation

    record Outcome(int rank, double expectedScore) {}

    record Result(
            String matcher,
            double recall1,
            double recall10,
            double fpNatural,
            double alertRecallNatural,
            double thresholdAtOurFp,
            double fpAtOurFp,
            double alertRecallAtOurFp,
            double indexSeconds,
            double queryMillis,
            Map<String, double[]> byLanguage,
            double threshold,
            List<Outcome> outcomes,
            double[] nonMatchTop,
            int[] nonMatchTopId) {}

    private void evaluate(Scenario s) throws Exception {
        line("## " + s.title());
        line("");
        line(s.matching().size() + " matching queries, " + s.nonMatching().size() + " non-matching queries.");
        line("");
        List<Result> results = new ArrayList<>();
        double ourFp = Double.NaN;
        for (String m : matchers) {
            Supplier<Matcher> factory = switch (m) {
                case "interlink" -> InterlinkMatcher::new;
                case "exact" -> ExactIcuMatcher::new;
                case "lucene" -> LuceneFuzzyMatcher::new;
                case "trgm" -> TrigramMatcher::new;
                default -> throw new IllegalArgumentException("unknown matcher " + m);
            };
            try (Matcher matcher = factory.get()) {
                Result r = evaluate(matcher, s, ourFp);
                if (m.equals("interlink")) {
                    ourFp = r.fpNatural();
                }
                results.add(r);
                System.err.printf(Locale.ROOT, "%s: %s done%n", s.title().substring(0, 20), matcher.name());
            }
        }
        resultsByScenario.put(s.title().split(" ")[0], results);
        line("| matcher | recall@1 | recall@10 | FP at its natural threshold | alerts on true matches at it"
                + " | threshold at Interlink's FP | FP there | alerts on true matches there | index s | ms/query |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            line(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.2f %% | %.3f | %s | %.2f %% | %.3f | %.1f | %.2f |",
                    r.matcher(),
                    r.recall1(),
                    r.recall10(),
                    100 * r.fpNatural(),
                    r.alertRecallNatural(),
                    Double.isNaN(r.thresholdAtOurFp()) ? "–" : String.format(Locale.ROOT, "%.3f", r.thresholdAtOurFp()),
                    100 * r.fpAtOurFp(),
                    r.alertRecallAtOurFp(),
                    r.indexSeconds(),
                    r.queryMillis()));
        }
        line("");
        if (!s.nonMatching().isEmpty() && results.getFirst().matcher().equals("Interlink")) {
            line(String.format(
                    Locale.ROOT,
                    "Interlink's threshold for at most 1 %% false positives here: %.3f; alerts on true matches at it: %.3f.",
                    interlinkOnePercent[0],
                    interlinkOnePercent[1]));
            line("");
        }
        if (s.byClass()) {
            ClassTables.write(s, results, this::line);
        } else if (results.getFirst().byLanguage().size() > 1) {
            StringBuilder header = new StringBuilder("| recall@1 / recall@10 |");
            StringBuilder rule = new StringBuilder("|---|");
            for (String lang : results.getFirst().byLanguage().keySet()) {
                header.append(' ').append(lang).append(" |");
                rule.append("---|");
            }
            line(header.toString());
            line(rule.toString());
            for (Result r : results) {
                StringBuilder row = new StringBuilder("| " + r.matcher() + " |");
                for (double[] v : r.byLanguage().values()) {
                    row.append(String.format(Locale.ROOT, " %.2f / %.2f |", v[0], v[1]));
                }
                line(row.toString());
            }
            line("");
        }
    }

    private Result evaluate(Matcher matcher, Scenario s, double ourFp) throws Exception {
        long t0 = System.nanoTime();
        matcher.index(s.entries());
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        double threshold = matcher.naturalThreshold();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, int[]> perLang = new LinkedHashMap<>();
        long q0 = System.nanoTime();
        Map<String, Integer> shown = new HashMap<>();
        int deep = 0;
        for (Query q : s.matching()) {
            List<Matcher.Candidate> top = top(matcher, s, q.text(), depth);
            int rank = -1;
            double score = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < top.size(); i++) {
                if (top.get(i).id() == q.expected()) {
                    rank = i;
                    score = top.get(i).score();
                    break;
                }
            }
            if (rank >= 10) {
                deep++;
                rank = -1;
                score = Double.NEGATIVE_INFINITY;
            }
            outcomes.add(new Outcome(rank, score));
            int[] c = perLang.computeIfAbsent(q.language(), k -> new int[3]);
            c[0]++;
            c[1] += rank == 0 ? 1 : 0;
            c[2] += rank >= 0 ? 1 : 0;
            if (rank != 0 && shown.getOrDefault(q.language(), 0) < misses && matcher instanceof InterlinkMatcher) {
                shown.merge(q.language(), 1, Integer::sum);
                String expected = s.owners() == null ? s.entries().get(q.expected()) : "person " + q.expected();
                double direct = s.owners() == null ? Names.similarity(q.text(), expected) : Double.NaN;
                boolean blocked =
                        rank < 0 && (top.isEmpty() || direct > top.getFirst().score());
                System.err.printf(
                        Locale.ROOT,
                        "miss [%s] %s -> expected %s (rank %d, direct %.3f%s), got %s%n",
                        q.language(),
                        q.text(),
                        expected,
                        rank,
                        direct,
                        blocked ? ", BLOCKING" : "",
                        top.isEmpty()
                                ? "-"
                                : (s.owners() == null
                                                ? s.entries().get(top.getFirst().id())
                                                : "person")
                                        + " "
                                        + top.getFirst().score());
            }
        }
        double[] nonMatchTop = new double[s.nonMatching().size()];
        int[] nonMatchTopId = new int[nonMatchTop.length];
        for (int i = 0; i < nonMatchTop.length; i++) {
            List<Matcher.Candidate> top = matcher.top(s.nonMatching().get(i).text(), 1);
            nonMatchTop[i] =
                    top.isEmpty() ? Double.NEGATIVE_INFINITY : top.getFirst().score();
            nonMatchTopId[i] = top.isEmpty() ? -1 : top.getFirst().id();
            if (misses > 0 && matcher instanceof InterlinkMatcher && nonMatchTop[i] >= threshold) {
                System.err.printf(
                        Locale.ROOT,
                        "false positive [%s] %s -> %s %.3f%n",
                        s.nonMatching().get(i).language(),
                        s.nonMatching().get(i).text(),
                        s.entries().get(top.getFirst().id()),
                        nonMatchTop[i]);
            }
        }
        int totalQueries = s.matching().size() + nonMatchTop.length;
        double queryMillis = (System.nanoTime() - q0) / 1e6 / Math.max(1, totalQueries);
        double n = outcomes.size();
        double recall1 = outcomes.stream().filter(o -> o.rank() == 0).count() / n;
        double recall10 = outcomes.stream().filter(o -> o.rank() >= 0).count() / n;
        if (depth > 10) {
            System.err.printf(Locale.ROOT, "%s: recall@%d %.3f%n", matcher.name(), depth, recall10 + deep / n);
        }
        double fpNatural = fraction(nonMatchTop, threshold);
        double alertNatural =
                outcomes.stream().filter(o -> o.expectedScore() >= threshold).count() / n;
        double eqThreshold = Double.NaN;
        double fpEq = Double.NaN;
        double alertEq = Double.NaN;
        if (!Double.isNaN(ourFp) && nonMatchTop.length > 0) {
            eqThreshold = thresholdFor(nonMatchTop, ourFp);
            double t = eqThreshold;
            fpEq = fraction(nonMatchTop, t);
            alertEq = outcomes.stream().filter(o -> o.expectedScore() >= t).count() / n;
        } else if (nonMatchTop.length > 0) {
            fpEq = fpNatural;
            alertEq = alertNatural;
        }
        if (matcher instanceof InterlinkMatcher && nonMatchTop.length > 0) {
            double t = thresholdFor(nonMatchTop, 0.01);
            interlinkOnePercent[0] = t;
            interlinkOnePercent[1] =
                    outcomes.stream().filter(o -> o.expectedScore() >= t).count() / n;
        }
        Map<String, double[]> byLanguage = new LinkedHashMap<>();
        perLang.forEach((lang, c) -> byLanguage.put(lang, new double[] {(double) c[1] / c[0], (double) c[2] / c[0]}));
        return new Result(
                matcher.name(),
                recall1,
                recall10,
                nonMatchTop.length == 0 ? Double.NaN : fpNatural,
                alertNatural,
                eqThreshold,
                fpEq,
                alertEq,
                indexSeconds,
                queryMillis,
                byLanguage,
                threshold,
                outcomes,
                nonMatchTop,
                nonMatchTopId);
    }

    /**
     * The matcher's best {@code k} candidates; with owners, its best candidates counted once per person (the best name
     * of each), ids being persons.
     */
    private static List<Matcher.Candidate> top(Matcher matcher, Scenario s, String query, int k) throws Exception {
        if (s.owners() == null) {
            return matcher.top(query, k);
        }
        List<Matcher.Candidate> out = new ArrayList<>(k);
        Set<Integer> seen = new HashSet<>();
        for (Matcher.Candidate c : matcher.top(query, k * 8)) {
            int person = s.owners()[c.id()];
            if (out.size() < k && seen.add(person)) {
                out.add(new Matcher.Candidate(person, c.score()));
            }
        }
        return out;
    }

    private static double fraction(double[] scores, double threshold) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        int c = 0;
        for (double s : scores) {
            if (s >= threshold) {
                c++;
            }
        }
        return (double) c / scores.length;
    }

    /** The lowest threshold at which at most {@code rate} of the non-matching queries alert. */
    private static double thresholdFor(double[] scores, double rate) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        int allowed = (int) Math.floor(rate * m);
        if (allowed >= m) {
            return Double.NEGATIVE_INFINITY;
        }
        double bar = sorted[m - 1 - allowed];
        return bar == Double.NEGATIVE_INFINITY ? Double.MIN_VALUE : Math.nextUp(bar);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
