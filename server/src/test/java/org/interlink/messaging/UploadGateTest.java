package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadGateTest {

    @Test
    void letsTheConfiguredNumberInAndRefusesTheNextAfterWaiting() {
        UploadGate gate = new UploadGate(2, Duration.ofMillis(100));
        UploadGate.Permit first = gate.enter();
        try (UploadGate.Permit second = gate.enter()) {
            long start = System.nanoTime();
            assertThatThrownBy(gate::enter).isInstanceOf(UploadGate.Busy.class).satisfies(e -> {
                UploadGate.Busy busy = (UploadGate.Busy) e;
                assertThat(busy.getStatusCode().value()).isEqualTo(503);
                assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("2");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
        }
        first.close();
        try (UploadGate.Permit again = gate.enter();
                UploadGate.Permit andAgain = gate.enter()) {
            assertThat(again).isNotNull();
            assertThat(andAgain).isNotNull();
        }
    }
}
