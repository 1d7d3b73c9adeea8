package org.interlink.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.interlink.common.FieldError;
import org.interlink.common.NulCharacters;
import org.interlink.common.ProblemResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads a parameter, a query string that cannot be decoded: a bad {@code %} escape, bytes
 * that are not UTF-8, or a NUL character (PostgreSQL text cannot hold it). Tomcat would throw on the first
 * {@code getParameter} call wherever it happens (in a security filter, a controller), which surfaced as a 500; here
 * it is a 400 problem+json naming the parameter. A form-encoded body that cannot be decoded is caught the same way
 * when something reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStrings extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FieldError error = check(request.getQueryString());
        if (error != null) {
            invalid(response, error);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByBadParameters(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            invalid(response, new FieldError("body", "is not valid form encoding (bad % escape or not UTF-8)"));
        }
    }

    /** Writes a 400 problem+json naming the field; used wherever no message converter runs. */
    static void invalid(HttpServletResponse response, FieldError error) throws IOException {
        ProblemResponses.write(
                response,
                400,
                "Invalid input",
                error.field() + " " + error.message(),
                ",\"errors\":[{\"field\":" + ProblemResponses.quote(error.field()) + ",\"message\":"
                        + ProblemResponses.quote(error.message()) + "}]");
    }

    /** The first parameter of the raw query string that cannot be decoded, or null when all can. */
    static @Nullable FieldError check(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name;
            try {
                name = decode(rawName);
            } catch (IllegalArgumentException e) {
                return new FieldError("query", "has a parameter name that " + e.getMessage());
            }
            String field = name.isBlank() || name.indexOf('\0') >= 0 ? "query" : name;
            if (name.indexOf('\0') >= 0) {
                return new FieldError(field, "has a name that " + NulCharacters.MESSAGE);
            }
            if (eq >= 0) {
                try {
                    if (decode(pair.substring(eq + 1)).indexOf('\0') >= 0) {
                        return new FieldError(field, NulCharacters.MESSAGE);
                    }
                } catch (IllegalArgumentException e) {
                    return new FieldError(field, e.getMessage());
                }
            }
        }
        return null;
    }

    /** URL-decodes strictly: every {@code %} starts two hex digits and the bytes are UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("has a bad % escape (a % must start two hex digits)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                // The container hands the request line's bytes over as ISO-8859-1 characters.
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8 once percent-decoded");
        }
    }

    private static boolean causedByBadParameters(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }
}
