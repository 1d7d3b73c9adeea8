package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    /** The query as groups joined by AND, terms by OR, excluded ones with a leading "!". */
    static String parsed(String query) {
        return SearchQuery.parse(query).groups().stream()
                .map(group -> group.stream()
                        .map(term -> (term.excluded() ? "!" : "") + "[" + term.text() + "]")
                        .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining(" & "));
    }

    @Test
    void readsWebSearchSyntax() {
        assertThat(parsed("passport")).isEqualTo("[passport]");
        assertThat(parsed("  stolen   passport ")).isEqualTo("[stolen] & [passport]");
        assertThat(parsed("\"stolen  passport\" lyon")).isEqualTo("[stolen passport] & [lyon]");
        assertThat(parsed("lyon or paris")).isEqualTo("[lyon] | [paris]");
        assertThat(parsed("hit lyon OR paris or -nice")).isEqualTo("[hit] & [lyon] | [paris] | ![nice]");
        assertThat(parsed("passport -expired -\"test message\""))
                .isEqualTo("[passport] & ![expired] & ![test message]");
        assertThat(parsed("Jean-Pierre")).isEqualTo("[Jean-Pierre]");
        assertThat(parsed("\"unterminated phrase")).isEqualTo("[unterminated phrase]");
        assertThat(parsed("a\"b\"c")).isEqualTo("[a] & [b] & [c]");
    }

    @Test
    void operatorsAloneAreNotTerms() {
        // "or" at the start or the end, a lone dash, empty quotes: nothing to look for.
        assertThat(parsed("or lyon or")).isEqualTo("[lyon]");
        assertThat(parsed("\"or\"")).isEqualTo("[or]");
        assertThat(SearchQuery.parse("- \"\" or --").isEmpty()).isTrue();
    }

    @Test
    void patternsTakeWildcardsLiterally() {
        assertThat(new SearchQuery.Term("100%", false).pattern()).isEqualTo("%100\\%%");
        assertThat(new SearchQuery.Term("a_b\\c", false).pattern()).isEqualTo("%a\\_b\\\\c%");
        assertThat(SearchQuery.parse("x").groups()).isEqualTo(List.of(List.of(new SearchQuery.Term("x", false))));
    }
}
