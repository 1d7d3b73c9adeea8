package org.interlink.messaging;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Bodies of the module's own refusals (its {@code ErrorResponseException}s), shaped like every other API error. */
final class Problems {

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }
}
