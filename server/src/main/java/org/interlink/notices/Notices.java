package org.interlink.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlink.access.AccessSql;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.notices.rules.Finding;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The notices and diffusions, their history and photos, in PostgreSQL. */
@Repository
class Notices {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

    /** Who may see a row: its owner and the GS always; other members only while it circulates, as the policy says. */
    static final String VISIBLE =
            "(:viewerIsGs OR n.owner = :viewerBureau OR (n.status = 'PUBLISHED' AND " + AccessSql.predicate("n") + "))";

    private final NamedParameterJdbcTemplate jdbc;

    Notices(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notice notice) {
        jdbc.update(
                "INSERT INTO notices (id, kind, type, diffusion_type, status, owner, classification, audience,"
                        + " countries, person_id, subject_name, subject_birth, subject_sex, subject_nationalities,"
                        + " public_extract, request, findings, reason, created_at, submitted_at, decided_at,"
                        + " published_at, expires_at, reminded_at, closed_at, version) VALUES (:id, :kind, :type,"
                        + " :diffusionType, :status, :owner, :classification, :audience, :countries, :personId,"
                        + " :subjectName, :subjectBirth, :subjectSex, :subjectNationalities, :publicExtract,"
                        + " :request::jsonb, :findings::jsonb, :reason, :createdAt, :submittedAt, :decidedAt,"
                        + " :publishedAt, :expiresAt, :remindedAt, :closedAt, 0)",
                parameters(notice));
    }

    /** Writes the notice's new state; fails when someone else changed it since it was read. */
    void update(Notice notice) {
        int updated = jdbc.update(
                "UPDATE notices SET status = :status, classification = :classification, audience = :audience,"
                        + " countries = :countries, person_id = :personId, subject_name = :subjectName,"
                        + " subject_birth = :subjectBirth, subject_sex = :subjectSex, subject_nationalities ="
                        + " :subjectNationalities, public_extract = :publicExtract, request = :request::jsonb,"
                        + " findings = :findings::jsonb, earlier_findings = :earlierFindings::jsonb, earlier_request ="
                        + " :earlierRequest::jsonb, reason = :reason, submitted_at = :submittedAt, decided_at ="
                        + " :decidedAt, published_at = :publishedAt, expires_at = :expiresAt, reminded_at ="
                        + " :remindedAt, closed_at = :closedAt, version = version + 1 WHERE id = :id AND version ="
                        + " :version",
                parameters(notice));
        if (updated != 1) {
            throw new ConflictException(409, "The notice was changed by someone else meanwhile; reload it");
        }
    }

    private static MapSqlParameterSource parameters(Notice n) {
        NoticeRequest r = n.request();
        var access = n.restriction();
        NoticeRequest.Subject subject = r.subject();
        return new MapSqlParameterSource()
                .addValue("id", n.id())
                .addValue("kind", n.kind().name())
                .addValue("type", r.type().name())
                .addValue(
                        "diffusionType",
                        n.diffusionType() == null ? null : n.diffusionType().name())
                .addValue("status", n.status().name())
                .addValue("owner", n.owner())
                .addValue("classification", access.classification().ordinal())
                .addValue("audience", access.audience().name())
                .addValue("countries", access.countries().stream().sorted().toArray(String[]::new))
                .addValue("personId", n.personId())
                .addValue("subjectName", subject == null ? "" : subject.name())
                .addValue("subjectBirth", subject == null ? null : subject.dateOfBirth())
                .addValue("subjectSex", subject == null ? null : subject.sex())
                .addValue(
                        "subjectNationalities",
                        subject == null
                                ? new String[0]
                                : subject.nationalities().stream().sorted().toArray(String[]::new))
                .addValue("publicExtract", r.publicExtract())
                .addValue("request", JSON.writeValueAsString(r))
                .addValue("findings", JSON.writeValueAsString(n.findings()))
                .addValue(
                        "earlierFindings",
                        n.earlier() == null
                                ? null
                                : JSON.writeValueAsString(n.earlier().findings()))
                .addValue(
                        "earlierRequest",
                        n.earlier() == null
                                ? null
                                : JSON.writeValueAsString(n.earlier().request()))
                .addValue("reason", n.reason())
                .addValue("createdAt", timestamp(n.createdAt()))
                .addValue("submittedAt", timestamp(n.submittedAt()))
                .addValue("decidedAt", timestamp(n.decidedAt()))
                .addValue("publishedAt", timestamp(n.publishedAt()))
                .addValue("expiresAt", timestamp(n.expiresAt()))
                .addValue("remindedAt", timestamp(n.remindedAt()))
                .addValue("closedAt", timestamp(n.closedAt()))
                .addValue("version", n.version());
    }

    /** Records the cyber report the notice refers to (checked by the caller: the writer may see it). */
    void linkCyberReport(String id, String report) {
        jdbc.update("UPDATE notices SET cyber_report = :report WHERE id = :id", Map.of("id", id, "report", report));
    }

    /** The cyber report the notice refers to, whoever may see it: the caller shows it only to those who may. */
    Optional<String> cyberReport(String id) {
        return jdbc
                .query(
                        "SELECT cyber_report FROM notices WHERE id = :id AND cyber_report IS NOT NULL",
                        Map.of("id", id),
                        (rs, n) -> rs.getString(1))
                .stream()
                .findFirst();
    }

    Optional<Notice> find(String id) {
        return jdbc.query("SELECT * FROM notices n WHERE id = :id", Map.of("id", id), Notices::notice).stream()
                .findFirst();
    }

    /** Locks the row for the rest of the transaction (the expiry job and a requester may meet). */
    Optional<Notice> findForUpdate(String id) {
        return jdbc
                .query("SELECT * FROM notices n WHERE id = :id FOR UPDATE", Map.of("id", id), Notices::notice)
                .stream()
                .findFirst();
    }

    /**
     * One page of the notices the viewer may see, newest first.
     *
     * @param before the {@code seq} of the last row of the previous page, or null for the first page
     */
    List<Listed> list(
            Viewer viewer,
            Notice.Kind kind,
            @Nullable NoticeType type,
            @Nullable NoticeStatus status,
            int limit,
            @Nullable Long before) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        StringBuilder sql =
                new StringBuilder("SELECT n.seq, n.* FROM notices n WHERE n.kind = :kind AND ").append(VISIBLE);
        params.put("kind", kind.name());
        if (type != null) {
            sql.append(" AND n.type = :type");
            params.put("type", type.name());
        }
        if (status != null) {
            sql.append(" AND n.status = :status");
            params.put("status", status.name());
        }
        if (before != null) {
            sql.append(" AND n.seq < :before");
            params.put("before", before);
        }
        sql.append(" ORDER BY n.seq DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.query(sql.toString(), params, (rs, i) -> new Listed(rs.getLong("seq"), notice(rs, i)));
    }

    /** A notice with its position in the list. */
    record Listed(long seq, Notice notice) {}

    long count(Viewer viewer, Notice.Kind kind, @Nullable NoticeStatus status, @Nullable String owner) {
        Map<String, Object> params = new HashMap<>(AccessSql.parameters(viewer));
        params.put("kind", kind.name());
        StringBuilder sql =
                new StringBuilder("SELECT count(*) FROM notices n WHERE n.kind = :kind AND ").append(VISIBLE);
        if (status != null) {
            sql.append(" AND n.status = :status");
            params.put("status", status.name());
        }
        if (owner != null) {
            sql.append(" AND n.owner = :owner");
            params.put("owner", owner);
        }
        Long count = jdbc.queryForObject(sql.toString(), params, Long.class);
        return count == null ? 0 : count;
    }

    /** Streams every notice in circulation with a cursor (constant memory), for screening to rebuild its index. */
    void forEachPublished(java.util.function.Consumer<Notice> consumer) {
        org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(
                jdbc.getJdbcTemplate().getDataSource());
        streaming.setFetchSize(1_000);
        streaming.query("SELECT * FROM notices n WHERE status = 'PUBLISHED'", rs -> {
            consumer.accept(notice(rs, 0));
        });
    }

    /** Ids of published notices whose validity ended at {@code now}. */
    List<String> expiredBy(Instant now, int limit) {
        return jdbc.queryForList(
                "SELECT id FROM notices WHERE status = 'PUBLISHED' AND expires_at <= :now ORDER BY expires_at LIMIT"
                        + " :limit",
                Map.of("now", Timestamp.from(now), "limit", limit),
                String.class);
    }

    /** Ids of published notices within six months of expiry whose requester has not been reminded. */
    List<String> dueForReminder(Instant now, int limit) {
        return jdbc.queryForList(
                "SELECT id FROM notices WHERE status = 'PUBLISHED' AND reminded_at IS NULL AND expires_at - interval"
                        + " '" + Notice.REMINDER_MONTHS + " months' <= :now ORDER BY expires_at LIMIT :limit",
                Map.of("now", Timestamp.from(now), "limit", limit),
                String.class);
    }

    long countDueForRenewal(String owner) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM notices WHERE owner = :owner AND status = 'PUBLISHED' AND reminded_at IS NOT"
                        + " NULL",
                Map.of("owner", owner),
                Long.class);
        return count == null ? 0 : count;
    }

    void appendHistory(String id, List<Notice.Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        Integer last = jdbc.queryForObject(
                "SELECT coalesce(max(n), 0) FROM notice_history WHERE notice_id = :id",
                Map.of("id", id),
                Integer.class);
        int n = last == null ? 0 : last;
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Notice.Step step : steps) {
            rows.add(new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("n", ++n)
                    .addValue("at", Timestamp.from(step.at()))
                    .addValue("actor", step.actor())
                    .addValue("bureau", step.bureau())
                    .addValue("step", step.step())
                    .addValue("reason", step.reason()));
        }
        jdbc.batchUpdate(
                "INSERT INTO notice_history (notice_id, n, at, actor, bureau, step, reason) VALUES (:id, :n, :at,"
                        + " :actor, :bureau, :step, :reason)",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    List<Notice.Step> history(String id) {
        return jdbc.query(
                "SELECT at, actor, bureau, step, reason FROM notice_history WHERE notice_id = :id ORDER BY n",
                Map.of("id", id),
                (rs, i) -> new Notice.Step(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("bureau"),
                        rs.getString("step"),
                        rs.getString("reason")));
    }

    void savePhoto(String id, String contentType, byte[] bytes) {
        jdbc.update(
                "INSERT INTO notice_photos (notice_id, content_type, bytes) VALUES (:id, :type, :bytes) ON CONFLICT"
                        + " (notice_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes",
                Map.of("id", id, "type", contentType, "bytes", bytes));
    }

    Optional<Photo> photo(String id) {
        return jdbc
                .query(
                        "SELECT content_type, bytes FROM notice_photos WHERE notice_id = :id",
                        Map.of("id", id),
                        (rs, i) -> new Photo(rs.getString(1), rs.getBytes(2)))
                .stream()
                .findFirst();
    }

    record Photo(String contentType, byte[] bytes) {}

    static Notice notice(ResultSet rs, int row) throws SQLException {
        String diffusionType = rs.getString("diffusion_type");
        return new Notice(
                rs.getString("id"),
                Notice.Kind.valueOf(rs.getString("kind")),
                diffusionType == null ? null : DiffusionType.valueOf(diffusionType),
                rs.getString("owner"),
                instant(rs, "created_at"),
                JSON.readValue(rs.getString("request"), NoticeRequest.class),
                NoticeStatus.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("findings"), FINDINGS),
                rs.getString("reason"),
                instant(rs, "submitted_at"),
                instant(rs, "decided_at"),
                instant(rs, "published_at"),
                instant(rs, "expires_at"),
                instant(rs, "reminded_at"),
                instant(rs, "closed_at"),
                earlier(rs),
                rs.getLong("version"));
    }

    private static Notice.@Nullable Earlier earlier(ResultSet rs) throws SQLException {
        String findings = rs.getString("earlier_findings");
        String request = rs.getString("earlier_request");
        return findings == null || request == null
                ? null
                : new Notice.Earlier(JSON.readValue(findings, FINDINGS), JSON.readValue(request, NoticeRequest.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
