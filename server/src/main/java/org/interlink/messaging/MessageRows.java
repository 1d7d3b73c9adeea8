package org.interlink.messaging;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interlink.access.AccessSql;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The message tables, in SQL. Every list filters by the messaging visibility rule in the query itself. */
@Repository
class MessageRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SUMMARY_COLUMNS = "m.seq, m.id, m.owner, m.sent_by, m.classification, m.audience,"
            + " m.countries, m.to_all, m.recipients, m.subject, m.priority, m.sent_at, m.thread_id, m.in_reply_to,"
            + " (SELECT count(*) FROM message_attachments a WHERE a.message_id = m.id) AS attachments";

    /**
     * A bureau's deliveries joined to their messages one at a time, newest first: a nested loop of primary-key lookups
     * that stops at the page's limit. A plain join let the planner choose a merge join that walks the messages index
     * from the newest message down to the cursor, whatever the cursor (171 ms for a page 50,000 messages deep in a
     * 100,000-message inbox, instead of 0.3 ms; 650 ms for the newest-message marker), and across every other
     * bureau's messages for a bureau that receives few. {@code OFFSET 0} keeps the planner from flattening the
     * subquery back into such a join.
     */
    private static final String DELIVERED = "message_deliveries d CROSS JOIN LATERAL (SELECT * FROM messages m1"
            + " WHERE m1.seq = d.message_seq OFFSET 0) m";

    private final NamedParameterJdbcTemplate jdbc;

    MessageRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The visibility rule of {@link StoredMessage#isVisibleTo} as SQL over {@code messages m}: General Secretariat,
     * sender bureau, or a recipient bureau the access policy lets through.
     */
    static String visible() {
        // OFFSET 0 keeps the EXISTS a probe of the deliveries' primary key per message: without it, the planner may
        // turn it into a hash of every delivery of the viewer's bureau, built before the first row is returned (a
        // search for a common word in a 100,000-message inbox took 560-1,000 ms on a busy machine instead of 2-17 ms).
        return "(:viewerIsGs OR m.owner = :viewerBureau OR (EXISTS (SELECT 1 FROM message_deliveries v"
                + " WHERE v.message_seq = m.seq AND v.bureau = :viewerBureau OFFSET 0) AND " + AccessSql.predicate("m")
                + "))";
    }

    long insert(
            UUID id,
            Viewer sender,
            Restriction access,
            Recipients recipients,
            String subject,
            String body,
            Priority priority,
            List<Reference> references,
            @Nullable UUID inReplyTo,
            UUID threadId,
            @Nullable UUID forwardedFrom,
            Instant sentAt) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("owner", sender.bureau());
        row.put("sentBy", sender.actor());
        row.put("classification", access.classification().ordinal());
        row.put("audience", access.audience().name());
        row.put("countries", access.countries().stream().sorted().toArray(String[]::new));
        row.put("toAll", recipients.all());
        row.put("recipients", recipients.bureaus().toArray(String[]::new));
        row.put("subject", subject);
        row.put("body", body);
        row.put("priority", priority.name());
        row.put("refs", JSON.writeValueAsString(references));
        row.put("inReplyTo", inReplyTo);
        row.put("threadId", threadId);
        row.put("forwardedFrom", forwardedFrom);
        row.put("sentAt", OffsetDateTime.ofInstant(sentAt, ZoneOffset.UTC));
        Long seq = jdbc.queryForObject(
                "INSERT INTO messages (id, owner, sent_by, classification, audience, countries, to_all, recipients,"
                        + " subject, body, priority, refs, in_reply_to, thread_id, forwarded_from, sent_at) VALUES"
                        + " (:id, :owner, :sentBy, :classification, :audience, :countries, :toAll, :recipients,"
                        + " :subject, :body, :priority, CAST(:refs AS jsonb), :inReplyTo, :threadId, :forwardedFrom,"
                        + " :sentAt) RETURNING seq",
                row,
                Long.class);
        return seq == null ? 0 : seq;
    }

    void deliver(long seq, List<String> bureaus) {
        jdbc.update(
                "INSERT INTO message_deliveries (bureau, message_seq) SELECT b, :seq FROM unnest(CAST(:bureaus AS"
                        + " text[])) AS b",
                Map.of("seq", seq, "bureaus", bureaus.toArray(String[]::new)));
    }

    /** The message, read for this viewer (whether its bureau is a recipient, and when it opened the message). */
    Optional<StoredMessage> find(UUID id, Viewer viewer) {
        return jdbc
                .query(
                        "SELECT m.*, d.bureau IS NOT NULL AS delivered, d.read_at AS my_read_at FROM messages m"
                                + " LEFT JOIN message_deliveries d ON d.message_seq = m.seq AND d.bureau = :bureau"
                                + " WHERE m.id = :id",
                        Map.of("id", id, "bureau", viewer.bureau()),
                        MessageRows::stored)
                .stream()
                .findFirst();
    }

    /** Marks the message read by the viewer's bureau if it had not opened it yet; true when this was the first time. */
    boolean markRead(long seq, Viewer viewer, Instant at) {
        return jdbc.update(
                        "UPDATE message_deliveries SET read_at = :at, read_by = :actor WHERE message_seq = :seq AND"
                                + " bureau = :bureau AND read_at IS NULL",
                        Map.of(
                                "at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                                "actor", viewer.actor(),
                                "seq", seq,
                                "bureau", viewer.bureau()))
                > 0;
    }

    List<Receipt> receipts(long seq) {
        return jdbc.query(
                "SELECT bureau, read_at FROM message_deliveries WHERE message_seq = :seq ORDER BY bureau",
                Map.of("seq", seq),
                (rs, n) -> new Receipt(rs.getString("bureau"), instant(rs, "read_at")));
    }

    /** The inbox of the viewer's bureau, newest first, after the cursor (a message seq), at most {@code limit}. */
    List<MessageSummary> inbox(Viewer viewer, @Nullable Long before, int limit, boolean unreadOnly) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        params.put("before", before == null ? Long.MAX_VALUE : before);
        params.put("limit", limit);
        return jdbc.query(
                "SELECT " + SUMMARY_COLUMNS + ", d.read_at IS NOT NULL AS read FROM " + DELIVERED
                        + " WHERE d.bureau = :viewerBureau AND d.message_seq < :before"
                        + (unreadOnly ? " AND d.read_at IS NULL" : "") + " AND "
                        + AccessSql.predicate("m") + " ORDER BY d.message_seq DESC LIMIT :limit",
                params,
                summary(true));
    }

    /** Messages the viewer's bureau sent, newest first. */
    List<MessageSummary> sent(Viewer viewer, @Nullable Long before, int limit) {
        return jdbc.query(
                "SELECT " + SUMMARY_COLUMNS + " FROM messages m WHERE m.owner = :bureau AND m.seq < :before"
                        + " ORDER BY m.seq DESC LIMIT :limit",
                Map.of("bureau", viewer.bureau(), "before", before == null ? Long.MAX_VALUE : before, "limit", limit),
                summary(false));
    }

    /**
     * Substring search ({@link SearchQuery}) over subject and body of the messages the viewer may see, newest first.
     * {@code ILIKE} with {@code pg_trgm} GIN indexes on both columns (V32): a rare term is looked up in the indexes, a
     * common one found by walking the newest messages; full-text search walked the whole table for a rare word.
     */
    List<MessageSummary> search(Viewer viewer, SearchQuery query, @Nullable Long before, int limit) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        params.put("before", before == null ? Long.MAX_VALUE : before);
        params.put("limit", limit);
        StringBuilder where = new StringBuilder();
        int k = 0;
        for (List<SearchQuery.Term> group : query.groups()) {
            where.append(" AND (");
            for (int j = 0; j < group.size(); j++) {
                SearchQuery.Term term = group.get(j);
                String name = "term" + k++;
                params.put(name, term.pattern());
                where.append(j == 0 ? "" : " OR ")
                        .append(term.excluded() ? "NOT " : "")
                        .append("(m.subject ILIKE :")
                        .append(name)
                        .append(" OR m.body ILIKE :")
                        .append(name)
                        .append(")");
            }
            where.append(")");
        }
        return jdbc.query(
                "SELECT " + SUMMARY_COLUMNS + ", (SELECT d.read_at IS NOT NULL FROM message_deliveries d"
                        + " WHERE d.message_seq = m.seq AND d.bureau = :viewerBureau) AS read FROM messages m"
                        + " WHERE m.seq < :before" + where + " AND " + visible() + " ORDER BY m.seq DESC LIMIT :limit",
                params,
                summary(true));
    }

    /** The messages of a thread the viewer may see, oldest first. */
    List<MessageSummary> thread(UUID threadId, Viewer viewer) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        params.put("thread", threadId);
        return jdbc.query(
                "SELECT " + SUMMARY_COLUMNS + ", (SELECT d.read_at IS NOT NULL FROM message_deliveries d"
                        + " WHERE d.message_seq = m.seq AND d.bureau = :viewerBureau) AS read FROM messages m"
                        + " WHERE m.thread_id = :thread AND " + visible() + " ORDER BY m.seq",
                params,
                summary(true));
    }

    /**
     * How many messages the viewer's bureau has not opened, counted up to {@code cap} (a live badge polled every few
     * seconds must stay cheap for a bureau with a huge backlog).
     */
    long unread(Viewer viewer, int cap) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        params.put("cap", cap);
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM (SELECT 1 FROM " + DELIVERED
                        + " WHERE d.bureau = :viewerBureau AND d.read_at IS NULL AND " + AccessSql.predicate("m")
                        + " LIMIT :cap) AS capped",
                params,
                Long.class);
        return count == null ? 0 : count;
    }

    /** The newest seq in the viewer's inbox (0 when empty): where live polling starts. */
    long newestInbox(Viewer viewer) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        Long seq = jdbc.queryForObject(
                "SELECT coalesce((SELECT d.message_seq FROM " + DELIVERED + " WHERE d.bureau = :viewerBureau AND "
                        + AccessSql.predicate("m") + " ORDER BY d.message_seq DESC LIMIT 1), 0)",
                params,
                Long.class);
        return seq == null ? 0 : seq;
    }

    /** Inbox messages that arrived after {@code seq}, newest first (live arrival). */
    List<MessageSummary> arrivedAfter(Viewer viewer, long seq, int limit) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        params.put("after", seq);
        params.put("limit", limit);
        return jdbc.query(
                "SELECT " + SUMMARY_COLUMNS + ", d.read_at IS NOT NULL AS read FROM " + DELIVERED
                        + " WHERE d.bureau = :viewerBureau AND d.message_seq > :after AND " + AccessSql.predicate("m")
                        + " ORDER BY d.message_seq DESC LIMIT :limit",
                params,
                summary(true));
    }

    // --- idempotency -----------------------------------------------------------------------------------------------

    record Idempotency(String requestHash, UUID messageId) {}

    Optional<Idempotency> findIdempotency(String bureau, String key) {
        return jdbc
                .query(
                        "SELECT request_hash, message_id FROM message_idempotency WHERE bureau = :bureau AND key = :key",
                        Map.of("bureau", bureau, "key", key),
                        (rs, n) -> new Idempotency(rs.getString(1), rs.getObject(2, UUID.class)))
                .stream()
                .findFirst();
    }

    /**
     * Claims the key for this message. Waits for a concurrent transaction holding the same key; false when the key was
     * taken (the caller rolls back and answers the first message).
     */
    boolean claimIdempotency(String bureau, String key, String requestHash, UUID messageId) {
        return jdbc.update(
                        "INSERT INTO message_idempotency (bureau, key, request_hash, message_id) VALUES (:bureau, :key,"
                                + " :hash, :id) ON CONFLICT (bureau, key) DO NOTHING",
                        Map.of("bureau", bureau, "key", key, "hash", requestHash, "id", messageId))
                > 0;
    }

    /** Forgets idempotency keys used before {@code before}; answers how many. */
    int forgetIdempotencyKeys(Instant before) {
        return jdbc.update(
                "DELETE FROM message_idempotency WHERE created_at < :before",
                Map.of("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)));
    }

    // --- mapping ---------------------------------------------------------------------------------------------------

    private static StoredMessage stored(ResultSet rs, int n) throws SQLException {
        return new StoredMessage(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getString("owner"),
                rs.getString("sent_by"),
                restriction(rs),
                recipients(rs),
                rs.getString("subject"),
                rs.getString("body"),
                Priority.valueOf(rs.getString("priority")),
                references(rs.getString("refs")),
                rs.getObject("in_reply_to", UUID.class),
                rs.getObject("thread_id", UUID.class),
                rs.getObject("forwarded_from", UUID.class),
                instant(rs, "sent_at"),
                rs.getBoolean("delivered"),
                instant(rs, "my_read_at"));
    }

    private static RowMapper<MessageSummary> summary(boolean withRead) {
        return (rs, n) -> {
            Boolean read = null;
            if (withRead) {
                boolean value = rs.getBoolean("read");
                read = rs.wasNull() ? null : value;
            }
            UUID inReplyTo = rs.getObject("in_reply_to", UUID.class);
            return new MessageSummary(
                    rs.getLong("seq"),
                    rs.getObject("id", UUID.class).toString(),
                    rs.getString("owner"),
                    rs.getString("sent_by"),
                    recipients(rs).asAddressed(),
                    rs.getString("subject"),
                    Priority.valueOf(rs.getString("priority")),
                    restriction(rs),
                    instant(rs, "sent_at"),
                    rs.getInt("attachments"),
                    rs.getObject("thread_id", UUID.class).toString(),
                    inReplyTo == null ? null : inReplyTo.toString(),
                    read);
        };
    }

    private static Restriction restriction(ResultSet rs) throws SQLException {
        return new Restriction(
                Classification.values()[rs.getInt("classification")],
                Audience.valueOf(rs.getString("audience")),
                Set.of(strings(rs.getArray("countries"))));
    }

    private static Recipients recipients(ResultSet rs) throws SQLException {
        return new Recipients(rs.getBoolean("to_all"), Arrays.asList(strings(rs.getArray("recipients"))));
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static List<Reference> references(String json) {
        List<Reference> references = new ArrayList<>();
        JSON.readTree(json)
                .forEach(node -> references.add(new Reference(
                        node.get("type").asString(), node.get("id").asString())));
        return references;
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
