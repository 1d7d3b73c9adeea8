package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternTest {

    private static List<StixPattern.Value> values(String pattern) throws StixPattern.Malformed {
        return StixPattern.parse(pattern).values();
    }

    private static StixPattern.Value value(String type, String value) {
        return new StixPattern.Value(type, value);
    }

    @Test
    void extractsTheValueOfASimpleComparison() throws Exception {
        assertThat(values("[ipv4-addr:value = '203.0.113.7']")).containsExactly(value("ipv4-addr", "203.0.113.7"));
    }

    @Test
    void extractsEveryValueOfOrAndInAndFileHashes() throws Exception {
        assertThat(values("[domain-name:value = 'a.example' OR ipv4-addr:value = '198.51.100.1']"
                        + " OR [url:value IN ('http://x.example/a', 'http://y.example/')]"
                        + " AND [file:hashes.'SHA-256' = 'EF53' AND file:name = 'x.exe']"))
                .containsExactly(
                        value("domain-name", "a.example"),
                        value("ipv4-addr", "198.51.100.1"),
                        value("url", "http://x.example/a"),
                        value("url", "http://y.example/"),
                        value("file:hashes", "EF53"));
    }

    @Test
    void extractsCidrRangesOfIssubsetAndWallets() throws Exception {
        assertThat(values("[ipv4-addr:value ISSUBSET '198.51.100.0/24'] FOLLOWEDBY"
                        + " [cryptocurrency-wallet:address = 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh']"))
                .containsExactly(
                        value("ipv4-addr", "198.51.100.0/24"),
                        value("cryptocurrency-wallet", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"));
    }

    @Test
    void negatedAndNonEqualityComparisonsNameNoValue() throws Exception {
        assertThat(values("[ipv4-addr:value NOT = '203.0.113.7' AND domain-name:value LIKE '%.example'"
                        + " AND url:value MATCHES '^https?://' AND ipv4-addr:value != '1.2.3.4']"))
                .isEmpty();
    }

    @Test
    void unescapesQuotesAndBackslashes() throws Exception {
        assertThat(values("[email-addr:value = 'o\\'brien@example.com' OR url:value = 'http://a.example/\\\\x']"))
                .containsExactly(value("email-addr", "o'brien@example.com"), value("url", "http://a.example/\\x"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[ipv4-addr:value = '10.0.0.0']",
                "[ ipv4-addr:value = '10.0.0.0' ]",
                "[file:hashes.MD5 = '001dd76872d80801692ff942308c64e6']",
                "[email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
                "[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b']",
                "([ipv4-addr:value = '1.2.3.4'] AND [domain-name:value = 'a.example']) WITHIN 300 SECONDS",
                "[file:size > 1024] REPEATS 5 TIMES",
                "[network-traffic:src_port >= 1024] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
                "[file:hashes.'SHA-256' IN ('aa', 'bb')] OR ([url:value = 'x'] FOLLOWEDBY [url:value = 'y'])",
                "[network-traffic:dst_ref.value ISSUBSET '2001:db8::/32']",
                "[artifact:payload_bin = b'AAEC' AND artifact:mime_type = 'a' AND x-y:z = h'00ff']",
                "[process:pid = 4 AND process:is_hidden = true] AND [EXISTS file:parent_directory_ref.path]",
                "[EXISTS windows-registry-key:values]",
                "[file:size <= -1 OR file:size < 2.5]"
            })
    void parsesTheGrammar(String pattern) {
        assertThat(pattern).satisfies(p -> StixPattern.parse(p));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ipv4-addr:value = '1.2.3.4'",
                "[ipv4-addr:value = '1.2.3.4'",
                "[ipv4-addr:value = '1.2.3.4]",
                "[ipv4-addr = '1.2.3.4']",
                "[ipv4-addr:value == '1.2.3.4']",
                "[ipv4-addr:value = ]",
                "[ipv4-addr:value IN '1.2.3.4']",
                "[ipv4-addr:value = '1.2.3.4'] AND",
                "[ipv4-addr:value = '1.2.3.4'] WITHIN SECONDS",
                "[ipv4-addr:value = '1.2.3.4'] REPEATS 0 TIMES",
                "[ipv4-addr:value = '1.2.3.4'] START t'2016' STOP t'2017-01-01T00:00:00Z'",
                "[url:value MATCHES '(']",
                "[url:value = 'a\\q']",
                "[IPV4:value = '1']",
                "[a:b = 1] [c:d = 2]",
                "[a:b = 1] FOLLOWEDBY",
                "[a:b = 1 AND]",
                "[a:b = 1] ; DROP"
            })
    void rejectsMalformedPatternsSayingWhere(String pattern) {
        assertThatThrownBy(() -> StixPattern.parse(pattern))
                .isInstanceOf(StixPattern.Malformed.class)
                .hasMessageMatching(".*( at \\d+.*|unterminated.*|bad .*)");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String pattern = "(".repeat(5_000) + "[a:b = 1]" + ")".repeat(5_000);
        assertThatThrownBy(() -> StixPattern.parse(pattern)).isInstanceOf(StixPattern.Malformed.class);
    }
}
