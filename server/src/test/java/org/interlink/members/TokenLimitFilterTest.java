package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A refused token request is held a second before its 429, so a sender that waits for answers sends one a second; a
 * bounded number are held at once, the others answered at once.
 */
class TokenLimitFilterTest {

    final AtomicLong nanos = new AtomicLong();
    final TokenLimits limits =
            new TokenLimits(new TokenLimits.Limit(1, 60), new TokenLimits.Limit(1000, 60_000), nanos::get);
    final List<Duration> pauses = new ArrayList<>();

    @Test
    void aRefusalIsHeldASecondBeforeItIsAnsweredAnAcceptedRequestIsNot() throws Exception {
        TokenLimitFilter filter = new TokenLimitFilter(limits, Duration.ofSeconds(1), 2, pauses::add);
        assertThat(send(filter).getStatus()).as("the burst").isEqualTo(200);
        assertThat(pauses).isEmpty();

        MockHttpServletResponse refused = send(filter);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void beyondTheRefusalsHeldAtOnceTheRestAreAnsweredAtOnce() throws Exception {
        List<Integer> answeredMeanwhile = new ArrayList<>();
        TokenLimitFilter[] filter = new TokenLimitFilter[1];
        // while the one refusal that may be held is held, another refusal arrives
        filter[0] = new TokenLimitFilter(limits, Duration.ofSeconds(1), 1, hold -> {
            pauses.add(hold);
            if (pauses.size() == 1) {
                try {
                    answeredMeanwhile.add(send(filter[0]).getStatus());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        });
        send(filter[0]);
        assertThat(send(filter[0]).getStatus()).isEqualTo(429);
        assertThat(answeredMeanwhile).containsExactly(429);
        assertThat(pauses).as("only the first refusal was held").hasSize(1);

        assertThat(send(filter[0]).getStatus()).isEqualTo(429);
        assertThat(pauses).as("once released, refusals are held again").hasSize(2);
    }

    @Test
    void aZeroHoldAnswersAtOnce() throws Exception {
        TokenLimitFilter filter = new TokenLimitFilter(limits, Duration.ZERO, 2, pauses::add);
        send(filter);
        assertThat(send(filter).getStatus()).isEqualTo(429);
        assertThat(pauses).isEmpty();
    }

    private MockHttpServletResponse send(TokenLimitFilter filter) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
        request.setRemoteAddr("10.0.0.9");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("ncb-fr:wrong".getBytes()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
