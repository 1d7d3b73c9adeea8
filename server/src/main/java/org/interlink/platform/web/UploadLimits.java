package org.interlink.platform.web;

import java.util.List;
import org.interlink.common.FieldError;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Upload limits ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}, {@code
 * server.tomcat.max-part-count}) are enforced by Tomcat while it reads the body: a {@code Content-Length} over the
 * request limit is refused before a byte is read, a part is cut off as soon as it passes the file limit. This answers
 * those refusals as 413 {@code application/problem+json}, for every controller and also when the request is parsed
 * before any handler is chosen (where an advice bound to controllers would not apply and the answer would be a 500 or
 * an HTML error page).
 *
 * <p>Tomcat also answers {@code Expect: 100-continue} only when the application starts reading, so a client that asks
 * first never sends a body that is refused on its declared length.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    TomcatConnectorCustomizer continueOnRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        private final DataSize maxFile;
        private final DataSize maxRequest;

        Errors(
                @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
                        DataSize maxFile,
                @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:10MB}")
                        DataSize maxRequest) {
            this.maxFile = maxFile;
            this.maxRequest = maxRequest;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
            return problem("each file is limited to " + maxFile.toMegabytes() + " MB and the request to "
                    + maxRequest.toMegabytes() + " MB");
        }

        @ExceptionHandler(MultipartException.class)
        ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
            if (causedByCountLimit(e)) {
                return problem("the request has too many parts");
            }
            List<FieldError> errors = List.of(new FieldError("body", "is not a readable multipart/form-data body"));
            return ApiErrors.problem(HttpStatus.BAD_REQUEST, "Invalid input", "body is not readable", errors);
        }

        private static boolean causedByCountLimit(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().contains("CountLimit")) {
                    return true;
                }
            }
            return false;
        }

        private static ResponseEntity<ProblemDetail> problem(String limit) {
            List<FieldError> errors = List.of(new FieldError("body", "is too large: " + limit));
            return ApiErrors.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Content Too Large",
                    "The request is too large: " + limit + "; nothing was stored",
                    errors);
        }
    }
}
