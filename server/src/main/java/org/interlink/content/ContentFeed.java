package org.interlink.content;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@link ContentIndex} current: each change is applied right after its transaction commits, on the thread that
 * committed it, so a new entry matches and a disabled one stops matching before the request that made the change is
 * answered. One entry is read again, never the whole bank.
 */
@Component
class ContentFeed {

    private final ContentRows rows;
    private final ContentIndex index;

    ContentFeed(ContentRows rows, ContentIndex index) {
        this.rows = rows;
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(EntryChanged change) {
        rows.indexed(change.entryId()).ifPresent(index::apply);
    }
}
