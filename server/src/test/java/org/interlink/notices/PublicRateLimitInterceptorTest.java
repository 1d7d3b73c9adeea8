package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitInterceptorTest {

    @Test
    void overTheLimitTheClientIsToldToRetryAsProblemJson() throws Exception {
        PublicRateLimit limit = new PublicRateLimit(2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/v1/notices/red");
        request.setRemoteAddr("203.0.113.9");
        assertThat(limit.preHandle(request, new MockHttpServletResponse(), new Object()))
                .isTrue();
        assertThat(limit.preHandle(request, new MockHttpServletResponse(), new Object()))
                .isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(limit.preHandle(request, refused, new Object())).isFalse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(refused.getContentAsString()).contains("\"status\":429");

        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/public/notices");
        other.setRemoteAddr("203.0.113.10");
        assertThat(limit.preHandle(other, new MockHttpServletResponse(), new Object()))
                .isTrue();
    }
}
