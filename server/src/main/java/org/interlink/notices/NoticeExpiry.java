package org.interlink.notices;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled job that keeps circulation honest: expires notices whose five years ran out and reminds requesters
 * six months before. Safe on several nodes: each notice is locked while it changes, and a changed one is skipped.
 */
@Component
class NoticeExpiry {

    private static final Logger log = LoggerFactory.getLogger(NoticeExpiry.class);

    private final NoticeWorkflow workflow;
    private final Clock clock = Clock.systemUTC();

    NoticeExpiry(NoticeWorkflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(
            initialDelayString = "${interlink.notices.expiry.initial-delay:PT1M}",
            fixedDelayString = "${interlink.notices.expiry.interval:PT1H}")
    void run() {
        int expired = workflow.expireDue(clock.instant());
        int reminded = workflow.remindDue(clock.instant());
        if (expired + reminded > 0) {
            log.info("Notices: {} expired, {} renewal reminders", expired, reminded);
        }
    }
}
