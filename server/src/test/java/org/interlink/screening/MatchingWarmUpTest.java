package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.interlink.access.Restriction;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonQuery;
import org.junit.jupiter.api.Test;

class MatchingWarmUpTest {

    @Test
    void runsItsChecksAgainstTheWatchlistAndChangesNothing() {
        Watchlist watchlist = new Watchlist(1_000);
        List.of("Maria Santos", "Иван Петров", "محمد عبد الله", "王伟", "김민준").forEach(name -> {
            String id = "p-" + name.hashCode();
            watchlist.putPerson(
                    new WatchedItem(id, "PERSON", "FR", Restriction.OPEN, name, "wanted", "arrest", 1),
                    new PersonEntry(id, List.of(name)));
        });
        Watchlist.Sizes before = watchlist.sizes();

        MatchingWarmUp.Report report = MatchingWarmUp.run(watchlist, Duration.ofSeconds(30));

        assertThat(report.checks()).isEqualTo(MatchingWarmUp.MAX_QUERIES);
        assertThat(watchlist.sizes()).isEqualTo(before);
    }

    @Test
    void stopsWhenTheBudgetIsSpent() {
        Watchlist watchlist = new Watchlist(1_000);

        assertThat(MatchingWarmUp.run(watchlist, Duration.ZERO).checks()).isZero();
        MatchingWarmUp.Report brief = MatchingWarmUp.run(watchlist, Duration.ofNanos(1));
        assertThat(brief.checks()).isLessThan(MatchingWarmUp.MAX_QUERIES);
    }

    @Test
    void madeUpNamesCoverSeveralScriptsAndParts() {
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        Set<Integer> parts = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            PersonQuery query = MatchingWarmUp.query(random);
            scripts.add(Character.UnicodeScript.of(query.name().codePointAt(0)));
            parts.add(query.name().split(" ").length);
        }

        assertThat(scripts)
                .contains(
                        Character.UnicodeScript.LATIN,
                        Character.UnicodeScript.CYRILLIC,
                        Character.UnicodeScript.ARABIC,
                        Character.UnicodeScript.HEBREW,
                        Character.UnicodeScript.HAN,
                        Character.UnicodeScript.HANGUL,
                        Character.UnicodeScript.KATAKANA);
        assertThat(parts).containsExactlyInAnyOrder(2, 3);
    }
}
