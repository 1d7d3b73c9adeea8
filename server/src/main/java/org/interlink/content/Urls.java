package org.interlink.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The normal form of a URL, so that one page written several ways is one entry. The rules, in order:
 *
 * <ol>
 *   <li>only absolute {@code http} and {@code https} URLs with a host are taken (at most 4,096 characters);
 *   <li>scheme and host are lower-cased; user information ({@code user:password@}) is dropped;
 *   <li>the default port is dropped ({@code :80} for http, {@code :443} for https);
 *   <li>the fragment ({@code #…}) is dropped: it never reaches the server;
 *   <li>percent-encoding: an escape of an unreserved character ({@code A-Z a-z 0-9 - . _ ~}) is decoded, every other
 *       escape is written with upper-case hex digits;
 *   <li>the path's dot segments are removed; an empty path becomes {@code /}; a trailing {@code /} after a non-empty
 *       path is dropped ({@code /a/b/} is {@code /a/b}; the root stays {@code /});
 *   <li>the query is kept, in its order, with its escapes normalised as above; an empty query ({@code ?}) is dropped.
 * </ol>
 */
final class Urls {

    static final int MAX_LENGTH = 4096;

    private Urls() {}

    /**
     * @throws IllegalArgumentException saying what is wrong
     */
    static String normalise(String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be an http or https URL of 1 to " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("must name a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = escapes(uri.getRawPath() == null ? "" : uri.getRawPath());
        path = URI.create("http://h" + (path.isEmpty() ? "/" : path))
                .normalize()
                .getRawPath();
        if (path.isEmpty()) {
            path = "/";
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? "" : "?" + escapes(uri.getRawQuery());
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    private static String escapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) && hex(raw.charAt(i + 2))) {
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (unreserved((char) value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean unreserved(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
