package org.interlink.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.interlink.matching.Parameters;
import org.jspecify.annotations.Nullable;

/**
 * The per-class tables of a scenario that asks for them: recall@1 and recall@10 of each matcher per class (language or
 * transcription system) and per script pair, and the false-alert rates of its non-matching queries per class and per
 * pair of query script and best candidate's script. Interlink's non-matching queries count at HIT (its alert) and at
 * POSSIBLE; a baseline's at its own natural threshold.
 */
final class ClassTables {

    private ClassTables() {}

    static void write(NameEvaluation.Scenario s, List<NameEvaluation.Result> results, Consumer<String> line) {
        if (!s.matching().isEmpty()) {
            recall(s, results, "class", NameEvaluation.Query::language, line);
            recall(s, results, "script pair (query → record)", NameEvaluation.Query::pair, line);
        }
        if (!s.nonMatching().isEmpty()) {
            falseAlerts(s, results, line);
        }
    }

    private static void recall(
            NameEvaluation.Scenario s,
            List<NameEvaluation.Result> results,
            String title,
            Function<NameEvaluation.Query, String> key,
            Consumer<String> line) {
        Map<String, List<Integer>> groups = groups(s.matching(), key);
        StringBuilder header = new StringBuilder("| " + title + " | queries |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (NameEvaluation.Result r : results) {
            header.append(' ').append(r.matcher()).append(" r@1 / r@10 |");
            rule.append("---|");
        }
        line.accept(header.toString());
        line.accept(rule.toString());
        groups.forEach((group, members) -> {
            StringBuilder row = new StringBuilder("| " + group + " | " + members.size() + " |");
            for (NameEvaluation.Result r : results) {
                int first = 0;
                int ten = 0;
                for (int i : members) {
                    int rank = r.outcomes().get(i).rank();
                    first += rank == 0 ? 1 : 0;
                    ten += rank >= 0 ? 1 : 0;
                }
                row.append(String.format(
                        Locale.ROOT, " %.3f / %.3f |", (double) first / members.size(), (double) ten / members.size()));
            }
            line.accept(row.toString());
        });
        line.accept("");
    }

    /** False alerts of the non-matching queries by class, then by query script and the best candidate's script. */
    private static void falseAlerts(
            NameEvaluation.Scenario s, List<NameEvaluation.Result> results, Consumer<String> line) {
        StringBuilder header = new StringBuilder("| non-matching | queries |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (NameEvaluation.Result r : results) {
            header.append(' ').append(r.matcher()).append(interlink(r) ? " HIT / POSSIBLE |" : " alert |");
            rule.append("---|");
        }
        line.accept("False alerts: the share of non-matching queries whose best candidate reaches the threshold.");
        line.accept("");
        line.accept(header.toString().replace("non-matching", "class"));
        line.accept(rule.toString());
        Map<String, List<Integer>> byClass = groups(s.nonMatching(), NameEvaluation.Query::language);
        byClass.forEach((group, members) -> line.accept(falseAlertRow(group, members, members.size(), results, null)));
        line.accept("");
        line.accept(header.toString().replace("non-matching", "script pair (query → best candidate)"));
        line.accept(rule.toString());
        Map<String, List<Integer>> byScript = groups(s.nonMatching(), q -> Scripts.of(q.text()));
        byScript.forEach((script, members) -> {
            Set<String> candidates = new TreeSet<>();
            for (NameEvaluation.Result r : results) {
                for (int i : members) {
                    if (r.nonMatchTopId()[i] >= 0) {
                        candidates.add(Scripts.of(s.entries().get(r.nonMatchTopId()[i])));
                    }
                }
            }
            candidates.forEach(candidate ->
                    line.accept(falseAlertRow(script + " → " + candidate, members, members.size(), results, c -> {
                        int id = c;
                        return id >= 0 && Scripts.of(s.entries().get(id)).equals(candidate);
                    })));
        });
        line.accept("");
    }

    private static String falseAlertRow(
            String group,
            List<Integer> members,
            int denominator,
            List<NameEvaluation.Result> results,
            @Nullable Predicate<Integer> candidate) {
        StringBuilder row = new StringBuilder("| " + group + " | " + denominator + " |");
        for (NameEvaluation.Result r : results) {
            int alerts = 0;
            int possible = 0;
            for (int i : members) {
                if (candidate != null && !candidate.test(r.nonMatchTopId()[i])) {
                    continue;
                }
                double score = r.nonMatchTop()[i];
                alerts += score >= r.threshold() ? 1 : 0;
                possible += score >= Parameters.POSSIBLE_THRESHOLD ? 1 : 0;
            }
            row.append(
                    interlink(r)
                            ? String.format(
                                    Locale.ROOT,
                                    " %.2f %% / %.2f %% |",
                                    100.0 * alerts / denominator,
                                    100.0 * possible / denominator)
                            : String.format(Locale.ROOT, " %.2f %% |", 100.0 * alerts / denominator));
        }
        return row.toString();
    }

    private static boolean interlink(NameEvaluation.Result r) {
        return r.matcher().equals("Interlink");
    }

    private static Map<String, List<Integer>> groups(
            List<NameEvaluation.Query> queries, Function<NameEvaluation.Query, String> key) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < queries.size(); i++) {
            groups.computeIfAbsent(key.apply(queries.get(i)), k -> new ArrayList<>())
                    .add(i);
        }
        return groups;
    }
}
