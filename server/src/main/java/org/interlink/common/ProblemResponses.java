package org.interlink.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * Writes RFC 9457 {@code application/problem+json} answers produced before any controller, by servlet filters (the
 * security layer's refusals, load shedding), like every other API error. Written by hand: no message converter runs
 * there.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    /**
     * Writes the problem; {@code extra} is appended to the object as it stands (empty, or members starting with a
     * comma, e.g. {@code ,"error":"invalid_client"}).
     */
    public static void write(HttpServletResponse response, int status, String title, String detail, String extra)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status + ",\"detail\":"
                        + quote(detail) + extra + "}");
    }

    /** The text as a JSON string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
