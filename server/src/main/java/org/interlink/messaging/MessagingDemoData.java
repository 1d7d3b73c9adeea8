package org.interlink.messaging;

import java.util.Map;
import org.interlink.common.NoExternalDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: on a fresh embedded database, seeds {@code interlink.messaging.demo.messages} messages (default 24)
 * between a few bureaus, so a newcomer's inbox is not empty; with {@code interlink.messaging.demo.inbox=DE} they all
 * go to that bureau (the inbox benchmark seeds 100,000 that way). Written set-wise in SQL, without attachments and
 * without audit rows: they are fixtures, not processing.
 */
@Component
class MessagingDemoData {

    private static final Logger log = LoggerFactory.getLogger(MessagingDemoData.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final boolean enabled;
    private final int count;
    private final String inbox;

    MessagingDemoData(
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions,
            Environment environment,
            @Value("${interlink.demo.enabled:true}") boolean enabled,
            @Value("${interlink.messaging.demo.messages:24}") int count,
            @Value("${interlink.messaging.demo.inbox:}") String inbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.environment = environment;
        this.enabled = enabled;
        this.count = count;
        this.inbox = inbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void seedFreshDatabase() {
        if (!enabled || count <= 0 || !NoExternalDatabase.isEmbedded(environment)) {
            return;
        }
        Integer seeded = transactions.execute(status -> {
            Long existing = jdbc.getJdbcTemplate().queryForObject("SELECT count(*) FROM messages", Long.class);
            if (existing == null || existing > 0) {
                return 0;
            }
            return seed();
        });
        if (seeded != null && seeded > 0) {
            log.info("Seeded {} demo messages", seeded);
        }
    }

    private int seed() {
        String[] senders = {"FR", "IT", "ES", "GB", "NL", "BE", "PL", "US"};
        String[] recipients = {"DE", "FR", "IT", "ES", "DE", "US", "DE", "GB"};
        String sql = """
                WITH made AS (
                  INSERT INTO messages (id, owner, sent_by, classification, audience, countries, to_all, recipients,
                                        subject, body, priority, refs, thread_id, sent_at)
                  SELECT s.id, s.owner, 'officer.' || lower(s.owner), CASE WHEN s.i % 7 = 0 THEN 1 ELSE 0 END, 'ALL',
                         '{}', false, ARRAY[s.recipient],
                         (ARRAY['Request for information', 'Hit follow-up', 'Stolen vehicle', 'Identity check',
                                'Extradition file', 'Stolen passport', 'Wanted person located',
                                'Firearm trace'])[1 + s.i % 8] || ' ' || s.i,
                         'Dear colleagues,' || chr(10) || 'please find our request number ' || s.i
                           || ' concerning case ' || md5(s.i::text) || '.' || chr(10) || 'Kind regards',
                         CASE WHEN s.i % 10 = 0 THEN 'URGENT' ELSE 'ROUTINE' END, '[]', s.id,
                         now() - make_interval(mins => :count - s.i)
                  FROM (SELECT gen_random_uuid() AS id, i, (CAST(:senders AS text[]))[1 + i % 8] AS owner,
                               coalesce(nullif(:inbox, ''), (CAST(:recipients AS text[]))[1 + (i / 8) % 8]) AS recipient
                        FROM generate_series(1, :count) AS i) AS s
                  WHERE s.owner <> s.recipient
                  ORDER BY s.i
                  RETURNING seq, recipients[1] AS recipient
                )
                INSERT INTO message_deliveries (bureau, message_seq) SELECT recipient, seq FROM made
                """;
        return jdbc.update(
                sql,
                Map.of(
                        "count", count,
                        "senders", senders,
                        "recipients", recipients,
                        "inbox", inbox.trim().toUpperCase(java.util.Locale.ROOT)));
    }
}
