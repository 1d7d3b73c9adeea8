package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservablesTest {

    private static List<String> keys(String value) {
        return Observables.lookups(value, Set.of(15, 24), Set.of(32)).stream()
                .map(Observables.Lookup::key)
                .toList();
    }

    @Test
    void anAddressIsLookedUpExactlyAndUnderEveryRangeHeld() {
        assertThat(Observables.indexKey("ipv4-addr", "223.166.0.0/15")).isEqualTo("ip4/15/dfa60000");
        assertThat(keys("223.167.12.9")).contains("ip4/32/dfa70c09", "ip4/15/dfa60000", "ip4/24/dfa70c00");
        assertThat(Observables.indexKey("ipv6-addr", "2001:DB8::/32"))
                .isEqualTo("ip6/32/20010db8000000000000000000000000");
        assertThat(keys("2001:db8:0:0::1")).contains("ip6/32/20010db8000000000000000000000000");
    }

    @Test
    void notAnAddressIsNeverResolved() {
        assertThat(Observables.network("localhost")).isNull();
        assertThat(Observables.network("256.1.1.1")).isNull();
        assertThat(Observables.network("1.2.3.4/33")).isNull();
    }

    @Test
    void aSubdomainMatchesItsParentDomainsOfTwoLabelsOrMore() {
        assertThat(Observables.indexKey("domain-name", "Evil.Example.")).isEqualTo("domain/evil.example");
        assertThat(keys("a.b.evil.example"))
                .contains("domain/a.b.evil.example", "domain/b.evil.example", "domain/evil.example")
                .doesNotContain("domain/example");
    }

    @Test
    void urlsAreNormalisedAndTheirHostChecked() {
        assertThat(Observables.url("HTTP://Evil.Example:80/a/b?x=1#frag")).isEqualTo("http://evil.example/a/b?x=1");
        assertThat(Observables.url("https://evil.example")).isEqualTo("https://evil.example/");
        assertThat(Observables.url("https://evil.example:8443/")).isEqualTo("https://evil.example:8443/");
        assertThat(keys("http://www.evil.example/login"))
                .contains("url/http://www.evil.example/login", "domain/www.evil.example", "domain/evil.example");
        assertThat(keys("http://223.167.12.9/x")).contains("ip4/15/dfa60000");
    }

    @Test
    void hashesEmailsAndWallets() {
        assertThat(Observables.indexKey("file:hashes", "001DD76872D80801692FF942308C64E6"))
                .isEqualTo("hash/001dd76872d80801692ff942308c64e6");
        assertThat(keys("001dd76872d80801692ff942308c64e6")).contains("hash/001dd76872d80801692ff942308c64e6");
        assertThat(keys("Bad.Actor@Evil.Example")).contains("email/bad.actor@evil.example");
        assertThat(keys("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"))
                .contains("wallet/bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
    }
}
