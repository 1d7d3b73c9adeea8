package org.interlink.notices;

import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices and diffusions in circulation, as the {@link NoticePublished} events that put them there: for the
 * screening module to rebuild its index at start-up (afterwards it follows the events). No access check and no audit:
 * for other modules' internal use, which apply the restriction carried by each event.
 */
@Service
public class Circulation {

    private final Notices notices;

    Circulation(Notices notices) {
        this.notices = notices;
    }

    /** Streams every published notice about a person, with constant memory. */
    @Transactional(readOnly = true)
    public void forEachPublished(Consumer<NoticePublished> consumer) {
        notices.forEachPublished(notice -> {
            NoticePublished publication = notice.publication();
            if (publication != null) {
                consumer.accept(publication);
            }
        });
    }
}
