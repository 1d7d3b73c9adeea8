package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class BearerTokensTest {

    private static String resolve(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        return new BearerTokens().resolve(request);
    }

    @Test
    void readsTheTokenAfterTheSchemeInAnyCase() {
        assertThat(resolve("Bearer abc.DEF-123_~+/==")).isEqualTo("abc.DEF-123_~+/==");
        assertThat(resolve("bearer x1")).isEqualTo("x1");
    }

    @Test
    void ignoresOtherSchemesAndMissingHeaders() {
        assertThat(resolve(null)).isNull();
        assertThat(resolve("Basic dXNlcjpwYXNz")).isNull();
    }

    @Test
    void refusesMalformedTokens() {
        for (String bad : new String[] {"Bearer ", "Bearer a b", "Bearer ==", "Bearer a=b", "Bearer tok\u00e9n"}) {
            assertThatThrownBy(() -> resolve(bad)).as(bad).isInstanceOf(InvalidBearerTokenException.class);
        }
    }
}
