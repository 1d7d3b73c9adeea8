package org.interlink.records;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.interlink.common.InvalidInputException;

/** Opaque list cursors: Base64 of the last id of the previous page. */
final class Cursors {

    private Cursors() {}

    static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor, RecordKind kind) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (Ids.looksLike(kind, id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException("cursor", "is not a cursor of this list");
    }
}
