package org.interlink.content;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Whether the indexes hold every entry: until the start-up load ends, a lookup is refused with 503 and {@code
 * Retry-After} rather than answered NO_HIT by an index still filling.
 */
@Component
class ContentReadiness {

    static final int RETRY_AFTER_SECONDS = 5;

    private volatile boolean ready;

    void ready() {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }

    /** @throws NotReady while the indexes are loading */
    void require() {
        if (!ready) {
            throw new NotReady();
        }
    }

    /** A lookup refused while the indexes load: nothing was looked up, audited or raised. */
    static final class NotReady extends ErrorResponseException {

        NotReady() {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
            getHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setType(URI.create("about:blank"));
            problem.setTitle("Service Unavailable");
            problem.setDetail("The hash banks are still loading after a start; nothing was looked up. Retry in "
                    + RETRY_AFTER_SECONDS + " seconds.");
            return problem;
        }
    }
}
