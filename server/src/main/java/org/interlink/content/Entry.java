package org.interlink.content;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bank entry: one signal with its labels; visible exactly when its bank is.
 *
 * @param signalType {@code pdq}, {@code md5}, {@code sha256} or {@code url}
 * @param signal normalised: lower-case hex, or the normalised URL
 * @param quality a PDQ hash's quality (0–100), when known
 * @param source where the content was found or who reported it
 * @param enabled false once disabled (e.g. a false positive): it no longer matches
 * @param version raised by every change; a dismissed hit is raised again once the entry changed
 * @param evidence whether the file it came from is kept (download it from {@code /api/v1/content/entries/{id}/evidence})
 */
public record Entry(
        long id,
        String bankId,
        String bankName,
        String signalType,
        String signal,
        @Nullable Integer quality,
        List<String> labels,
        String source,
        String addedBy,
        Instant addedAt,
        boolean enabled,
        long version,
        boolean evidence) {}
