package org.interlink.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlink.common.FieldError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * {@code /error}, where the container sends what failed outside a controller (a 405 or 415 raised while choosing the
 * handler of a page, an error a filter reported): problem+json for every client that does not ask for HTML, in place of
 * Spring Boot's default JSON; browsers still get the error page. Never an exception's message or a stack trace.
 */
@Controller
@ConditionalOnWebApplication // the command-line verifier runs without a web server, and without ErrorAttributes
class ErrorEndpoint extends BasicErrorController {

    ErrorEndpoint(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, status));
    }

    @Override
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + "}");
    }

    static Map<String, Object> problem(HttpServletRequest request, HttpStatus status) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.is5xxServerError() ? "Internal Server Error" : status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.put("instance", path);
        }
        if (status == HttpStatus.BAD_REQUEST) {
            problem.put("errors", List.of(new FieldError("request", "could not be read")));
        }
        return problem;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request could not be read";
            case NOT_FOUND -> "No such item, or you may not see it";
            case METHOD_NOT_ALLOWED -> "The method is not allowed on this path";
            case UNSUPPORTED_MEDIA_TYPE -> "The body's Content-Type is not accepted here";
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be answered here";
            default ->
                status.is5xxServerError()
                        ? "The request failed; nothing was changed. The failure is logged."
                        : status.getReasonPhrase();
        };
    }
}
