package org.interlink.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Baseline: exact equality of the ICU-transliterated, folded names. */
final class ExactIcuMatcher implements Matcher {

    private final IcuFold fold = new IcuFold();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    @Override
    public String name() {
        return "Exact after ICU";
    }

    @Override
    public void index(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            byKey.computeIfAbsent(fold.fold(names.get(i)), k -> new ArrayList<>())
                    .add(i);
        }
    }

    @Override
    public List<Candidate> top(String query, int k) {
        List<Integer> ids = byKey.getOrDefault(fold.fold(query), List.of());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, ids.size()); i++) {
            out.add(new Candidate(ids.get(i), 1.0));
        }
        return out;
    }

    @Override
    public double naturalThreshold() {
        return 1.0;
    }
}
