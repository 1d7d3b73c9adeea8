package org.interlink.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each rule of {@link Urls}' normal form. */
class UrlsTest {

    @Test
    void schemeAndHostAreLowerCasedAndTheDefaultPortAndFragmentDropped() {
        assertThat(Urls.normalise("HTTPS://Example.ORG:443/Path#frag")).isEqualTo("https://example.org/Path");
        assertThat(Urls.normalise("http://example.org:80/")).isEqualTo("http://example.org/");
        assertThat(Urls.normalise("http://example.org:8080/")).isEqualTo("http://example.org:8080/");
        assertThat(Urls.normalise("https://example.org:80/")).isEqualTo("https://example.org:80/");
    }

    @Test
    void percentEncodingIsNormalised() {
        assertThat(Urls.normalise("https://example.org/%7euser/%41%2f%2F"))
                .isEqualTo("https://example.org/~user/A%2F%2F");
        assertThat(Urls.normalise("https://example.org/s?q=%e2%82%ac")).isEqualTo("https://example.org/s?q=%E2%82%AC");
    }

    @Test
    void pathsLoseDotSegmentsAndATrailingSlashButTheRootStays() {
        assertThat(Urls.normalise("https://example.org")).isEqualTo("https://example.org/");
        assertThat(Urls.normalise("https://example.org/a/b/")).isEqualTo("https://example.org/a/b");
        assertThat(Urls.normalise("https://example.org/a/./b/../c")).isEqualTo("https://example.org/a/c");
        assertThat(Urls.normalise("https://example.org/a/?")).isEqualTo("https://example.org/a");
    }

    @Test
    void userInformationIsDroppedAndTheQueryKeptInOrder() {
        assertThat(Urls.normalise("https://user:secret@example.org/x?b=2&a=1"))
                .isEqualTo("https://example.org/x?b=2&a=1");
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHostAreTaken() {
        assertThatThrownBy(() -> Urls.normalise("ftp://example.org/")).hasMessageContaining("http");
        assertThatThrownBy(() -> Urls.normalise("/relative")).hasMessageContaining("http");
        assertThatThrownBy(() -> Urls.normalise("https:///nohost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Urls.normalise("https://exa mple.org/")).hasMessageContaining("not a URL");
        assertThatThrownBy(() -> Urls.normalise("https://example.org/" + "a".repeat(5000)))
                .hasMessageContaining("4096");
    }
}
