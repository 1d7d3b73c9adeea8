package org.interlink.bench.eval;

import java.util.ArrayList;
import java.util.List;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;

/** The candidate: Interlink's {@link PersonIndex}, names only. */
final class InterlinkMatcher implements Matcher {

    private final PersonIndex index = new PersonIndex();

    @Override
    public String name() {
        return "Interlink";
    }

    @Override
    public void index(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            index.put(new PersonEntry(Integer.toString(i), List.of(names.get(i))));
        }
    }

    @Override
    public List<Candidate> top(String query, int k) {
        List<Candidate> out = new ArrayList<>(k);
        for (PersonMatch m : index.search(new PersonQuery(query), k, 0.0)) {
            out.add(new Candidate(Integer.parseInt(m.id()), m.score()));
        }
        return out;
    }

    @Override
    public double naturalThreshold() {
        return Parameters.HIT_THRESHOLD;
    }
}
