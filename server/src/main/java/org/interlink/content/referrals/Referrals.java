package org.interlink.content.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
import org.interlink.common.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Referrals, removal orders and their history, in PostgreSQL. */
@Repository
class Referrals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@link Referral#visibleTo} in SQL, over the table aliased {@code r}. */
    static final String VISIBLE = "(:viewerIsGs OR r.owner = :viewerBureau OR (r.status <> 'DRAFT' AND"
            + " (r.to_bureau = :viewerBureau OR " + AccessSql.predicate("r") + ")))";

    private final NamedParameterJdbcTemplate jdbc;

    Referrals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new referral; answers it with its sequence number. */
    Referral insert(Referral r) {
        Long seq = jdbc.queryForObject(
                "INSERT INTO content_referrals (id, kind, status, owner, classification, audience, countries,"
                        + " to_bureau, to_platform, to_contact, url, item, grounds, evidence, created_at, sent_at,"
                        + " deadline, acknowledged_at, acted_at) VALUES (:id, :kind, :status, :owner, :classification,"
                        + " :audience, :countries, :toBureau, :toPlatform, :toContact, :url, :item, :grounds,"
                        + " :evidence::jsonb, :createdAt, :sentAt, :deadline, :acknowledgedAt, :actedAt) RETURNING seq",
                parameters(r),
                Long.class);
        return r.numbered(seq == null ? 0 : seq);
    }

    /** Writes the new state; refuses (409) when someone else changed it since it was read. */
    void update(Referral r) {
        int updated = jdbc.update(
                "UPDATE content_referrals SET status = :status, sent_at = :sentAt, deadline = :deadline,"
                        + " acknowledged_at = :acknowledgedAt, acted_at = :actedAt, version = version + 1"
                        + " WHERE id = :id AND version = :version",
                parameters(r));
        if (updated != 1) {
            throw new ConflictException(409, "The referral was changed by someone else meanwhile; reload it");
        }
    }

    private static MapSqlParameterSource parameters(Referral r) {
        return new MapSqlParameterSource()
                .addValue("id", r.id())
                .addValue("kind", r.kind().name())
                .addValue("status", r.status().name())
                .addValue("owner", r.owner())
                .addValue("classification", r.restriction().classification().ordinal())
                .addValue("audience", r.restriction().audience().name())
                .addValue(
                        "countries",
                        r.restriction().countries().stream().sorted().toArray(String[]::new))
                .addValue("toBureau", r.to().bureau())
                .addValue("toPlatform", r.to().platform())
                .addValue("toContact", r.to().contact())
                .addValue("url", r.url())
                .addValue("item", r.item())
                .addValue("grounds", r.grounds())
                .addValue("evidence", JSON.writeValueAsString(r.evidence()))
                .addValue("createdAt", timestamp(r.createdAt()))
                .addValue("sentAt", timestamp(r.sentAt()))
                .addValue("deadline", timestamp(r.deadline()))
                .addValue("acknowledgedAt", timestamp(r.acknowledgedAt()))
                .addValue("actedAt", timestamp(r.actedAt()))
                .addValue("version", r.version());
    }

    Optional<Referral> find(UUID id) {
        return jdbc
                .query("SELECT * FROM content_referrals r WHERE id = :id", Map.of("id", id), Referrals::referral)
                .stream()
                .findFirst();
    }

    /** Locks the row for the rest of the transaction, so two answers to one order are taken one after the other. */
    Optional<Referral> findForUpdate(UUID id) {
        return jdbc
                .query(
                        "SELECT * FROM content_referrals r WHERE id = :id FOR UPDATE",
                        Map.of("id", id),
                        Referrals::referral)
                .stream()
                .findFirst();
    }

    /**
     * One page of the referrals the viewer may see, newest first.
     *
     * @param before the {@code seq} of the last row of the previous page, or null for the first page
     * @param overdueAt when not null, only the removal orders overdue at that time
     */
    List<Referral> list(
            Viewer viewer,
            @Nullable ReferralKind kind,
            @Nullable ReferralStatus status,
            @Nullable Instant overdueAt,
            int limit,
            @Nullable Long before) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        StringBuilder sql = new StringBuilder("SELECT * FROM content_referrals r WHERE ").append(VISIBLE);
        if (kind != null) {
            sql.append(" AND r.kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            sql.append(" AND r.status = :status");
            params.put("status", status.name());
        }
        if (overdueAt != null) {
            sql.append(" AND ").append(OVERDUE);
            params.put("now", Timestamp.from(overdueAt));
        }
        if (before != null) {
            sql.append(" AND r.seq < :before");
            params.put("before", before);
        }
        sql.append(" ORDER BY r.seq DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.query(sql.toString(), params, Referrals::referral);
    }

    /** {@link Deadlines#overdue} in SQL, at the parameter {@code now}. */
    private static final String OVERDUE =
            "r.kind = 'REMOVAL_ORDER' AND r.status IN ('SENT', 'ACKNOWLEDGED') AND r.deadline < :now";

    /** Removal orders overdue at {@code now} that concern the bureau: sent by it or addressed to it. */
    long countOverdue(String bureau, Instant now) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM content_referrals r WHERE " + OVERDUE
                        + " AND (r.owner = :bureau OR r.to_bureau = :bureau)",
                Map.of("bureau", bureau, "now", Timestamp.from(now)),
                Long.class);
        return count == null ? 0 : count;
    }

    void addStep(UUID id, Step step) {
        jdbc.update(
                "INSERT INTO content_referral_history (referral_id, n, at, actor, bureau, step, note) SELECT :id,"
                        + " coalesce(max(n), 0) + 1, :at, :actor, :bureau, :step, :note FROM content_referral_history"
                        + " WHERE referral_id = :id",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("at", Timestamp.from(step.at()))
                        .addValue("actor", step.actor())
                        .addValue("bureau", step.bureau())
                        .addValue("step", step.step())
                        .addValue("note", step.note()));
    }

    List<Step> history(UUID id) {
        return jdbc.query(
                "SELECT * FROM content_referral_history WHERE referral_id = :id ORDER BY n",
                Map.of("id", id),
                (rs, i) -> new Step(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("bureau"),
                        rs.getString("step"),
                        rs.getString("note")));
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        String[] countries = (String[]) rs.getArray("countries").getArray();
        Restriction restriction = new Restriction(
                Classification.values()[rs.getShort("classification")],
                Audience.valueOf(rs.getString("audience")),
                Set.copyOf(Arrays.asList(countries)));
        String bureau = rs.getString("to_bureau");
        Addressee to = bureau != null
                ? Addressee.bureau(bureau)
                : Addressee.platform(rs.getString("to_platform"), rs.getString("to_contact"));
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getLong("seq"),
                ReferralKind.valueOf(rs.getString("kind")),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("owner"),
                restriction,
                to,
                rs.getString("url"),
                rs.getString("item"),
                rs.getString("grounds"),
                JSON.readValue(rs.getString("evidence"), Evidence.class),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("deadline")),
                instant(rs.getTimestamp("acknowledged_at")),
                instant(rs.getTimestamp("acted_at")),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
