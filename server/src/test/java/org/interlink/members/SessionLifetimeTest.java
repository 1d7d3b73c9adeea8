package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.access.ViewerAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

class SessionLifetimeTest {

    private static final Instant SIGN_IN = Instant.parse("2026-12-07T08:00:00Z");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionEndsTwelveHoursAfterItsSignInHoweverActive() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(request(session, SIGN_IN).getStatus()).isEqualTo(200);
        assertThat(request(session, SIGN_IN.plus(Duration.ofHours(11).plusMinutes(59)))
                        .getStatus())
                .isEqualTo(200);

        MockHttpServletResponse late = request(session, SIGN_IN.plus(Duration.ofHours(12)));
        assertThat(late.getStatus()).isEqualTo(302);
        assertThat(late.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static MockHttpServletResponse request(MockHttpSession session, Instant at) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(new ViewerAuthentication(
                        new Viewer("officer.fr", "FR", Set.of("OFFICER"), Classification.RESTRICTED)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionLifetime(Clock.fixed(at, ZoneOffset.UTC)).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
