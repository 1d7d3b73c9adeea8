package org.interlink.messaging.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Times on the message pages, in UTC as everywhere in Interlink. Public: templates call it as {@code @times}. */
@Component("times")
public class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String of(@Nullable Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
