package org.interlink.content;

import org.interlink.common.IndexReadiness;
import org.springframework.stereotype.Component;

/** Whether the hash-bank indexes hold every entry: until then a lookup is refused with 503 and {@code Retry-After}. */
@Component
class ContentReadiness extends IndexReadiness {

    ContentReadiness() {
        super("The hash banks are still loading after a start");
    }
}
