package org.interlink.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Whether an in-memory index holds every stored item yet. Until its start-up load ends, a request that reads it is
 * refused with 503 and {@code Retry-After} instead of being answered NO_HIT by an index still filling: a false NO_HIT
 * at a border or a platform is the failure this guards against. Each module keeps one as a bean of its own.
 */
public class IndexReadiness {

    public static final int RETRY_AFTER_SECONDS = 5;

    private final String loading;
    private volatile boolean ready;

    /** @param loading what the refusal tells the caller, e.g. "The hash banks are still loading after a start" */
    protected IndexReadiness(String loading) {
        this.loading = loading;
    }

    /** Called once the start-up load has put every stored item into the index. */
    public void ready() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    /** @throws NotReady while the index is loading */
    public void require() {
        if (!ready) {
            throw new NotReady(loading);
        }
    }

    /** A request refused while the index loads: nothing was read, audited or raised. */
    public static final class NotReady extends ErrorResponseException {

        NotReady(String loading) {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(loading), null);
            getHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }

        private static ProblemDetail problem(String loading) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setType(URI.create("about:blank"));
            problem.setTitle("Service Unavailable");
            problem.setDetail(loading + "; nothing was looked up. Retry in " + RETRY_AFTER_SECONDS + " seconds.");
            return problem;
        }
    }
}
