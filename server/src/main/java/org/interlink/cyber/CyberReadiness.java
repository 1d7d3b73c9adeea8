package org.interlink.cyber;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Whether checks may be answered: not until the check index holds every stored indicator, so a value is never
 * answered NO_HIT by a node that had just restarted. Until then a check gets 503 with {@code Retry-After}.
 */
@Component
class CyberReadiness {

    static final int RETRY_AFTER_SECONDS = 5;

    private volatile boolean ready;

    boolean isReady() {
        return ready;
    }

    void ready() {
        ready = true;
    }

    /** @throws NotReady while the index is being built */
    void require() {
        if (!ready) {
            throw new NotReady();
        }
    }

    /** A check refused because the index is not built yet: nothing was checked or audited. */
    static final class NotReady extends ErrorResponseException {
        NotReady() {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
            getHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setType(URI.create("about:blank"));
            problem.setTitle("Service Unavailable");
            problem.setDetail("Cyber checks are not ready yet: the indicators are being loaded after a start; nothing"
                    + " was checked. Retry in " + RETRY_AFTER_SECONDS + " seconds.");
            return problem;
        }
    }
}
