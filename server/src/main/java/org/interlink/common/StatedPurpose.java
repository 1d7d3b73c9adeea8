package org.interlink.common;

import org.jspecify.annotations.Nullable;

/**
 * The purpose an API caller states for an operation (the {@code X-Purpose} header), as the audit log records it: stripped,
 * at most 200 characters, else the operation's default purpose.
 */
public final class StatedPurpose {

    public static final int MAX_LENGTH = 200;

    private StatedPurpose() {}

    public static String or(@Nullable String stated, String fallback) {
        if (stated == null || stated.isBlank()) {
            return fallback;
        }
        String purpose = stated.strip();
        return purpose.length() <= MAX_LENGTH ? purpose : purpose.substring(0, MAX_LENGTH);
    }
}
