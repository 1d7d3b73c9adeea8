package org.interlink.records;

import org.interlink.common.StatedPurpose;
import org.jspecify.annotations.Nullable;

/** The purpose of an operation: the {@code X-Purpose} header (at most 200 characters), else a default. */
final class Purposes {

    static final String READ = "investigation";
    static final String WRITE = "record keeping";

    private Purposes() {}

    static String of(@Nullable String header, String fallback) {
        return StatedPurpose.or(header, fallback);
    }
}
