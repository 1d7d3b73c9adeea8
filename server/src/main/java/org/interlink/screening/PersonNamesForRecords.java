package org.interlink.screening;

import java.util.ArrayList;
import java.util.List;
import org.interlink.matching.PersonQuery;
import org.interlink.records.PersonNameSearch;
import org.springframework.stereotype.Component;

/**
 * Answers the records page's search by name from the watchlist's person index: the matching library's comparison
 * across spellings and scripts, as at the border. Notice subjects, indexed beside the records, are left out.
 */
@Component
class PersonNamesForRecords implements PersonNameSearch {

    /**
     * Lower than a screening's possible-match threshold: an officer searching the databases often types part of a name
     * (a family name alone, a forename and a family name of three) and reads the ranked list, where a border check must
     * not raise an alarm on so little.
     */
    static final double SEARCH_THRESHOLD = 0.70;

    private final Watchlist watchlist;

    PersonNamesForRecords(Watchlist watchlist) {
        this.watchlist = watchlist;
    }

    @Override
    public List<NameMatch> search(String query, int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        List<NameMatch> found = new ArrayList<>();
        for (Watchlist.Candidate candidate : watchlist.searchPersons(new PersonQuery(query), limit, SEARCH_THRESHOLD)) {
            if (!candidate.match().id().startsWith(NoticesFeed.PREFIX)) {
                found.add(
                        new NameMatch(candidate.match().id(), candidate.match().score()));
            }
        }
        return found;
    }
}
