package org.interlink.notices;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Test listener: the notices events that committed, as screening would receive them. */
@Component
class NoticeEventsProbe {

    private final List<Object> committed = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(NoticePublished event) {
        committed.add(event);
    }

    @TransactionalEventListener
    void on(NoticeWithdrawn event) {
        committed.add(event);
    }

    List<Object> committed() {
        return List.copyOf(committed);
    }
}
