package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WatchlistReadinessTest {

    private final WatchlistReadiness readiness = new WatchlistReadiness();

    @Test
    void refusesEveryCheckWithRetryAfterUntilTheIndexesAreReady() {
        for (Runnable state : new Runnable[] {() -> {}, readiness::building, readiness::warmingUp}) {
            state.run();
            assertThat(readiness.isReady()).isFalse();
            assertThatThrownBy(readiness::require)
                    .isInstanceOf(WatchlistReadiness.NotReady.class)
                    .satisfies(e -> {
                        WatchlistReadiness.NotReady refused = (WatchlistReadiness.NotReady) e;
                        assertThat(refused.getStatusCode().value()).isEqualTo(503);
                        assertThat(refused.getHeaders().getFirst("Retry-After"))
                                .isEqualTo(Integer.toString(WatchlistReadiness.RETRY_AFTER_SECONDS));
                        assertThat(refused.getBody().getDetail())
                                .contains("not ready yet", readiness.state(), "nothing was checked");
                    });
        }

        readiness.ready();
        assertThatCode(readiness::require).doesNotThrowAnyException();
        assertThat(readiness.state()).isEqualTo("ready");

        readiness.building(); // a rebuild closes the gate again
        assertThatThrownBy(readiness::require).isInstanceOf(WatchlistReadiness.NotReady.class);
    }
}
