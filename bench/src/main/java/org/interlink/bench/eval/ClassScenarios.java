package org.interlink.bench.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The per-class scenarios of {@link NameEvaluation} (issue 21, item 6): the hand-written public figures, names written
 * without separators, the UN list's original-script names, Chinese, Japanese and Korean names built from Unihan
 * readings, and negatives in every script. Each reports recall and false alerts per class and per script pair.
 */
final class ClassScenarios {

    private final NameEvaluation evaluation;

    ClassScenarios(NameEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /**
     * The public figures: each indexed under one of its forms (the person's n-th form for the n-th person, so every
     * script serves as the record somewhere), every other form of it queried; one person in five is not indexed and
     * its forms are the non-matching queries. Distractors: synthetic Latin full names and two-part names in every
     * Wikidata script.
     */
    NameEvaluation.Scenario publicFigures() {
        Map<String, List<PublicFigures.Form>> persons = PublicFigures.read();
        List<String> entries = new ArrayList<>(distractors(NameEvaluation.SEED + 5));
        List<PublicFigures.Form> anchors = new ArrayList<>();
        List<List<PublicFigures.Form>> heldOut = new ArrayList<>();
        int ordinal = 0;
        for (List<PublicFigures.Form> forms : persons.values()) {
            if (ordinal % 5 == 4) {
                heldOut.add(forms);
            } else {
                anchors.add(forms.get(ordinal % forms.size()));
            }
            ordinal++;
        }
        anchors.forEach(a -> entries.add(a.form()));
        Collections.shuffle(entries, new Random(NameEvaluation.SEED));
        Map<String, Integer> idOf = NameEvaluation.ids(entries);
        List<NameEvaluation.Query> matching = new ArrayList<>();
        for (PublicFigures.Form anchor : anchors) {
            for (PublicFigures.Form form : persons.get(anchor.person())) {
                if (!form.form().equals(anchor.form())) {
                    matching.add(new NameEvaluation.Query(
                            form.form(),
                            idOf.get(anchor.form()),
                            form.system(),
                            form.script() + " → " + anchor.script()));
                }
            }
        }
        List<NameEvaluation.Query> nonMatching = new ArrayList<>();
        heldOut.forEach(forms -> forms.forEach(
                form -> nonMatching.add(new NameEvaluation.Query(form.form(), -1, form.system(), form.script()))));
        return new NameEvaluation.Scenario(
                "Public figures: " + persons.size() + " persons' forms against one other form of each ("
                        + anchors.size() + " indexed, " + heldOut.size() + " held out as non-matching) among "
                        + (entries.size() - anchors.size()) + " distractors",
                entries,
                matching,
                nonMatching,
                null,
                true);
    }

    NameEvaluation.Scenario unspaced() {
        return evaluation.fullNames(true);
    }

    /**
     * The UN list: the original-script name of each individual that has one against every individual indexed under
     * its Latin names and aliases (one person, several names), among synthetic full names each a person of its own.
     */
    NameEvaluation.Scenario unList() {
        List<UnList.Individual> individuals = UnList.read(evaluation.fixtures);
        List<String[]> named = new ArrayList<>();
        for (UnList.Individual i : individuals) {
            i.latin().forEach(name -> named.add(new String[] {name, Integer.toString(i.number())}));
        }
        int person = individuals.size();
        for (String name : evaluation.syntheticFullNames(NameEvaluation.SEED + 6)) {
            named.add(new String[] {name, Integer.toString(person++)});
        }
        Collections.shuffle(named, new Random(NameEvaluation.SEED));
        List<String> entries = new ArrayList<>(named.size());
        int[] owners = new int[named.size()];
        for (int e = 0; e < named.size(); e++) {
            entries.add(named.get(e)[0]);
            owners[e] = Integer.parseInt(named.get(e)[1]);
        }
        List<NameEvaluation.Query> matching = new ArrayList<>();
        for (UnList.Individual i : individuals) {
            if (i.original() != null && !i.latin().isEmpty()) {
                String script = Scripts.of(i.original());
                matching.add(new NameEvaluation.Query(i.original(), i.number(), script, script + " → Latn"));
            }
        }
        return new NameEvaluation.Scenario(
                "UN list: " + matching.size() + " original-script names → the " + individuals.size()
                        + " individuals' Latin names and aliases, among " + (person - individuals.size())
                        + " synthetic full names",
                entries,
                matching,
                List.of(),
                owners,
                true);
    }

    /**
     * Chinese, Japanese and Korean names from Unihan readings and surname lists: of each system's persons, a third is
     * indexed in Latin and queried in Han (or Hangul), a third indexed in Han and queried in Latin, a third not indexed
     * and queried either way as non-matching; among synthetic Latin full names.
     */
    NameEvaluation.Scenario cjk() {
        int perSystem = 3 * Math.min(evaluation.perLanguage, 400);
        List<UnihanNames.CjkName> names = new UnihanNames().names(perSystem, NameEvaluation.SEED + 7);
        List<String> entries = new ArrayList<>(distractors(NameEvaluation.SEED + 8));
        int distractorCount = entries.size();
        for (int i = 0; i < names.size(); i++) {
            if (i % 3 == 0) {
                entries.add(names.get(i).latin());
            } else if (i % 3 == 1) {
                entries.add(names.get(i).native_());
            }
        }
        Collections.shuffle(entries, new Random(NameEvaluation.SEED));
        Map<String, Integer> idOf = NameEvaluation.ids(entries);
        List<NameEvaluation.Query> matching = new ArrayList<>();
        List<NameEvaluation.Query> nonMatching = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            UnihanNames.CjkName n = names.get(i);
            switch (i % 3) {
                case 0 ->
                    matching.add(new NameEvaluation.Query(
                            n.native_(), idOf.get(n.latin()), n.system(), Scripts.pair(n.native_(), n.latin())));
                case 1 ->
                    matching.add(new NameEvaluation.Query(
                            n.latin(), idOf.get(n.native_()), n.system(), Scripts.pair(n.latin(), n.native_())));
                default -> {
                    String text = (i / 3) % 2 == 0 ? n.native_() : n.latin();
                    nonMatching.add(new NameEvaluation.Query(text, -1, n.system(), Scripts.of(text)));
                }
            }
        }
        return new NameEvaluation.Scenario(
                "CJK from Unihan: " + names.size() + " generated Chinese, Japanese and Korean names, Han or Hangul ↔"
                        + " romanisation, among " + distractorCount + " distractors",
                entries,
                matching,
                nonMatching,
                null,
                true);
    }

    /**
     * Negatives in every script: a database of two-part names in every Wikidata script and in Latin (rows whose Latin
     * part hashes even, without the rows judged crossed) and of generated Han and Hangul names, among synthetic Latin
     * full names; queried with different persons' names in the same scripts (rows whose Latin part hashes odd, the
     * other generated names), so no query shares a Latin name part with an indexed name.
     */
    NameEvaluation.Scenario negatives() {
        Set<String> entrySet = new LinkedHashSet<>(distractors(NameEvaluation.SEED + 9));
        int distractorCount = entrySet.size();
        List<NameEvaluation.Query> nonMatching = new ArrayList<>();
        int half = Math.max(1, evaluation.perLanguage / 2);
        for (String lang : NameFixtures.LANGUAGES) {
            List<NamePair> rows =
                    new ArrayList<>(NameFixtures.checkedPairs(evaluation.fixtures, lang, evaluation.split));
            Collections.shuffle(rows, new Random(NameEvaluation.SEED + lang.hashCode()));
            List<NamePair> indexed = new ArrayList<>();
            List<NamePair> asked = new ArrayList<>();
            for (NamePair p : rows) {
                (Math.floorMod(p.latin().toLowerCase(Locale.ROOT).hashCode(), 2) == 0 ? indexed : asked).add(p);
            }
            for (int i = 0; i + 1 < Math.min(indexed.size(), 2 * evaluation.perLanguage); i += 2) {
                entrySet.add(indexed.get(i).latin() + " " + indexed.get(i + 1).latin());
                entrySet.add(indexed.get(i).target() + " " + indexed.get(i + 1).target());
            }
            for (int i = 0; i + 1 < Math.min(asked.size(), 4 * half); i += 4) {
                nonMatching.add(
                        query(asked.get(i).target() + " " + asked.get(i + 1).target(), lang));
                if (i + 3 < asked.size()) {
                    nonMatching.add(query(
                            asked.get(i + 2).latin() + " " + asked.get(i + 3).latin(), lang));
                }
            }
        }
        List<UnihanNames.CjkName> names =
                new UnihanNames().names(2 * Math.min(evaluation.perLanguage, 400), NameEvaluation.SEED + 10);
        for (int i = 0; i < names.size(); i++) {
            UnihanNames.CjkName n = names.get(i);
            if (i % 2 == 0) {
                entrySet.add(n.native_());
                entrySet.add(n.latin());
            } else {
                nonMatching.add(query(n.native_(), n.system()));
            }
        }
        List<String> entries = new ArrayList<>(entrySet);
        Collections.shuffle(entries, new Random(NameEvaluation.SEED));
        Set<String> indexed = new HashSet<>(entries);
        nonMatching.removeIf(q -> indexed.contains(q.text()));
        return new NameEvaluation.Scenario(
                "Negatives in every script: different persons' names against " + entries.size()
                        + " records in every script (" + distractorCount + " of them synthetic Latin full names)",
                entries,
                List.of(),
                nonMatching,
                null,
                true);
    }

    private static NameEvaluation.Query query(String text, String source) {
        String script = Scripts.of(text);
        return new NameEvaluation.Query(text, -1, source + " (" + script + ")", script);
    }

    /**
     * Synthetic Latin full names ({@code --distractors} of them) and a tenth as many two-part names per Wikidata
     * language in its script (at most 2,000), from the split not reported.
     */
    private List<String> distractors(long seed) {
        List<String> out = new ArrayList<>(evaluation.syntheticFullNames(seed));
        int perLanguage = Math.min(2_000, evaluation.distractors / 10);
        String other = evaluation.split.equals("16") ? "64" : "16";
        for (String lang : NameFixtures.LANGUAGES) {
            List<NamePair> rows = new ArrayList<>(NameFixtures.pairs(evaluation.fixtures, lang, other));
            Collections.shuffle(rows, new Random(seed + lang.hashCode()));
            for (int i = 0; i + 1 < Math.min(rows.size(), 2 * perLanguage); i += 2) {
                out.add(rows.get(i).target() + " " + rows.get(i + 1).target());
            }
        }
        return out;
    }
}
