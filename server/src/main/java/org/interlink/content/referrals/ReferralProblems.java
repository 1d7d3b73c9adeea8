package org.interlink.content.referrals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.interlink.common.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A party's refusal as problem+json naming {@code bureau}; every other error goes to the platform's handler. */
@RestControllerAdvice(assignableTypes = ReferralsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblems {

    @ExceptionHandler(NotAPartyException.class)
    ResponseEntity<ProblemDetail> notAParty(NotAPartyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "bureau " + e.getMessage());
        problem.setTitle("Not a party to this step");
        problem.setType(URI.create("about:blank"));
        problem.setProperties(Map.of("errors", List.of(new FieldError("bureau", e.getMessage()))));
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
