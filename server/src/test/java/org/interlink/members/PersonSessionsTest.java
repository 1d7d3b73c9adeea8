package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.access.ViewerAuthentication;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

/** A person's session lasts 12 hours from sign-in whatever its activity, and ends once the account is disabled. */
class PersonSessionsTest {

    static final Instant SIGN_IN = Instant.parse("2026-12-07T06:00:00Z");
    static final Viewer OFFICER = new Viewer("officer.fr", "FR", Set.of("OFFICER"), Classification.OFFICIAL);

    final CachingJwtDecoderTest.MovingClock clock = new CachingJwtDecoderTest.MovingClock(SIGN_IN);
    /** The accounts' session generations as the database holds them; absent = disabled. */
    final Map<String, Long> generations = new HashMap<>(Map.of("officer.fr", 3L));

    final List<AuditEntry> audited = new ArrayList<>();
    final PersonSessions sessions = new PersonSessions(
            name -> generations.containsKey(name) ? OptionalLong.of(generations.get(name)) : OptionalLong.empty(),
            audited::add,
            clock);
    final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void signIn() {
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setSession(session);
        ViewerAuthentication authentication = new ViewerAuthentication(OFFICER);
        sessions.onAuthentication(authentication, login, new MockHttpServletResponse());
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void anActiveSessionLastsUntilTwelveHoursAfterSignIn() throws Exception {
        for (Duration later : List.of(
                Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofHours(12).minusSeconds(1))) {
            clock.now = SIGN_IN.plus(later);
            assertThat(request("/", false).getRedirectedUrl())
                    .as("after %s", later)
                    .isNull();
        }
        assertThat(session.isInvalid()).isFalse();
        assertThat(audited).isEmpty();
    }

    @Test
    void twelveHoursAfterSignInTheNextRequestEndsTheSessionAndGoesToTheSignInPage() throws Exception {
        clock.now = SIGN_IN.plus(Duration.ofHours(12));
        MockHttpServletResponse response = request("/records", false);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("officer.fr");
            assertThat(e.operation()).isEqualTo(Operation.SIGN_OUT);
            assertThat(e.purpose()).contains("12 hours");
        });
    }

    @Test
    void anHtmxRequestIsToldToLoadTheSignInPageAsAWhole() throws Exception {
        clock.now = SIGN_IN.plus(Duration.ofHours(13));
        MockHttpServletResponse response = request("/hits/fragment", true);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login?expired");
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void disablingTheAccountEndsTheSessionAtItsNextRequest() throws Exception {
        generations.remove("officer.fr");
        MockHttpServletResponse response = request("/", false);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(audited)
                .singleElement()
                .satisfies(e -> assertThat(e.purpose()).contains("disabled"));
    }

    @Test
    void aSessionFromBeforeAReEnableDoesNotComeBack() throws Exception {
        generations.put("officer.fr", 5L); // disabled (4) and enabled again (5) meanwhile
        assertThat(request("/", false).getRedirectedUrl()).isEqualTo("/login?ended");
    }

    @Test
    void staticFilesDoNotReadTheAccount() throws Exception {
        generations.remove("officer.fr");
        assertThat(request("/webjars/htmx.org/dist/htmx.min.js", false).getRedirectedUrl())
                .isNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(request("/", false).getRedirectedUrl()).isEqualTo("/login?ended");
    }

    @Test
    void aSignedInSessionWithoutAStampIsNotTrusted() throws Exception {
        session.removeAttribute(PersonSessions.STAMP);
        assertThat(request("/", false).getRedirectedUrl()).isEqualTo("/login?expired");
    }

    private MockHttpServletResponse request(String path, boolean htmx) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        if (htmx) {
            request.addHeader("HX-Request", "true");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        sessions.doFilter(request, response, chain);
        if (response.getRedirectedUrl() == null && response.getStatus() == 200) {
            assertThat(chain.getRequest()).as("the request went on").isNotNull();
        }
        return response;
    }
}
