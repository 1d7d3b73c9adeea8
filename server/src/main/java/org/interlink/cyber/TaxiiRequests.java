package org.interlink.cyber;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the TAXII query parameters of a request into what {@link TaxiiServer} pages: {@code added_after}, {@code
 * limit}, {@code next} and the {@code match[id|type|version|spec_version]} filters, each a comma-separated list. A bad
 * value is a 400 naming the parameter. Parameters the specification does not define here are ignored, as it asks.
 */
final class TaxiiRequests {

    /** The page size when {@code limit} is not given. */
    static final int DEFAULT_LIMIT = 100;

    /** A larger {@code limit} is answered with this many (TAXII lets a server answer fewer than asked). */
    static final int MAX_LIMIT = 1_000;

    private static final int MAX_VALUES = 1_000;

    private TaxiiRequests() {}

    /** A collection's objects or manifest ({@code endpoint}). */
    static TaxiiServer.Paging objects(
            HttpServletRequest request, TaxiiCollections.Collection collection, String endpoint) {
        return paging(
                request,
                collection.id() + " " + endpoint,
                new TaxiiObjects.Filter(
                        collection.owner(),
                        addedAfter(request),
                        list(request, "match[id]", "[^,]{1,300}"),
                        list(request, "match[type]", "[a-z0-9][a-z0-9-]{0,249}"),
                        versions(request, "last"),
                        specVersions(request)));
    }

    /** One object's versions that {@code match[version]} selects (default: the last). */
    static TaxiiServer.Paging object(HttpServletRequest request, TaxiiCollections.Collection collection, String id) {
        return paging(
                request,
                collection.id() + " object " + id,
                new TaxiiObjects.Filter(
                        collection.owner(),
                        addedAfter(request),
                        List.of(id),
                        List.of(),
                        versions(request, "last"),
                        specVersions(request)));
    }

    /** One object's versions endpoint: every version, filtered by {@code added_after} and {@code spec_version}. */
    static TaxiiServer.Paging versions(HttpServletRequest request, TaxiiCollections.Collection collection, String id) {
        return paging(
                request,
                collection.id() + " versions " + id,
                new TaxiiObjects.Filter(
                        collection.owner(),
                        addedAfter(request),
                        List.of(id),
                        List.of(),
                        List.of("all"),
                        specVersions(request)));
    }

    /** {@code match[version]}: {@code first}, {@code last}, {@code all} or timestamps; {@code fallback} when absent. */
    static List<String> versions(HttpServletRequest request, String fallback) {
        List<String> versions = list(request, "match[version]", "first|last|all|[0-9T:.Z+-]{10,40}");
        for (String version : versions) {
            if (!version.equals("first") && !version.equals("last") && !version.equals("all")) {
                TaxiiTimestamps.parse("match[version]", version);
            }
        }
        return versions.isEmpty() ? List.of(fallback) : versions;
    }

    static List<String> specVersions(HttpServletRequest request) {
        return list(request, "match[spec_version]", "2\\.[01]");
    }

    private static TaxiiServer.Paging paging(HttpServletRequest request, String scope, TaxiiObjects.Filter filter) {
        String next = single(request, "next");
        return new TaxiiServer.Paging(filter, scope, next == null || next.isEmpty() ? null : next, limit(request));
    }

    private static @Nullable Instant addedAfter(HttpServletRequest request) {
        String value = single(request, "added_after");
        return value == null ? null : TaxiiTimestamps.parse("added_after", value);
    }

    private static int limit(HttpServletRequest request) {
        String value = single(request, "limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
            throw TaxiiException.invalid("limit", "must be a positive integer");
        }
        return Math.min(Integer.parseInt(value), MAX_LIMIT);
    }

    private static @Nullable String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw TaxiiException.invalid(name, "must be given once");
        }
        return values[0];
    }

    /** The comma-separated values of a parameter (given once or more), each matching {@code pattern}. */
    private static List<String> list(HttpServletRequest request, String name, String pattern) {
        String[] given = request.getParameterValues(name);
        if (given == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : given) {
            Arrays.stream(value.split(",")).map(String::strip).forEach(values::add);
        }
        if (values.size() > MAX_VALUES) {
            throw TaxiiException.invalid(name, "must list at most " + MAX_VALUES + " values");
        }
        for (String value : values) {
            if (!value.matches(pattern)) {
                throw TaxiiException.invalid(name, "has a value of the wrong form: " + abbreviate(value));
            }
        }
        return List.copyOf(values);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
