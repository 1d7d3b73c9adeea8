package org.interlink.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public extracts: what the public may know of a Red or Yellow notice whose requester consented. The one
 * predicate {@link #PUBLIC} decides what is public, in SQL, for every public read; every disclosure is audited.
 */
@Service
class PublicExtracts {

    /**
     * Public: a published notice (not a diffusion) of the type asked, with the requester's consent, shared with every
     * member at OFFICIAL.
     */
    static final String PUBLIC = "n.kind = 'NOTICE' AND n.status = 'PUBLISHED' AND n.public_extract AND n.type = :type"
            + " AND n.audience = 'ALL' AND n.classification = 0";

    record Query(
            NoticeType type,
            @Nullable String name,
            @Nullable String forename,
            @Nullable String nationality,
            @Nullable Integer ageMin,
            @Nullable Integer ageMax,
            @Nullable String sex,
            @Nullable String requester,
            int page,
            int perPage) {}

    /** Public: templates read it. */
    public record Extract(
            String id,
            NoticeType type,
            String owner,
            String name,
            String forename,
            @Nullable String dateOfBirth,
            Set<String> nationalities,
            @Nullable String sex,
            @Nullable String placeOfBirth,
            @Nullable String charge,
            @Nullable String eventDate,
            @Nullable String eventPlace,
            boolean hasPhoto) {}

    /** Public: templates read it. */
    public record Result(long total, List<Extract> items) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PublicExtracts(NamedParameterJdbcTemplate jdbc, Notices notices, AuditLog audit) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    Result search(Query q) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", q.type().name());
        StringBuilder where = new StringBuilder(PUBLIC);
        // Name and forename both search the whole name: which words are the family name is a convention the
        // requester may not have followed.
        if (q.name() != null) {
            where.append(" AND n.subject_name ILIKE :name");
            params.put("name", "%" + like(q.name()) + "%");
        }
        if (q.forename() != null) {
            where.append(" AND n.subject_name ILIKE :forename");
            params.put("forename", "%" + like(q.forename()) + "%");
        }
        if (q.nationality() != null) {
            where.append(" AND :nationality = ANY(n.subject_nationalities)");
            params.put("nationality", q.nationality());
        }
        if (q.requester() != null) {
            // For Red Notices, INTERPOL's arrestWarrantCountryId: the country whose warrant it is, the requester.
            where.append(" AND n.owner = :requester");
            params.put("requester", q.requester());
        }
        if (q.sex() != null) {
            where.append(" AND n.subject_sex = :sex");
            params.put("sex", q.sex());
        }
        int year = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        if (q.ageMin() != null) {
            where.append(" AND n.subject_birth ~ '^[0-9]{4}' AND substring(n.subject_birth, 1, 4)::int <= :bornBy");
            params.put("bornBy", year - q.ageMin());
        }
        if (q.ageMax() != null) {
            where.append(" AND n.subject_birth ~ '^[0-9]{4}' AND substring(n.subject_birth, 1, 4)::int >= :bornFrom");
            params.put("bornFrom", year - q.ageMax() - 1);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM notices n WHERE " + where, params, Long.class);
        params.put("limit", q.perPage());
        params.put("offset", (long) (q.page() - 1) * q.perPage());
        List<Extract> items = jdbc.query(
                "SELECT n.*, EXISTS (SELECT 1 FROM notice_photos p WHERE p.notice_id = n.id) AS has_photo FROM notices"
                        + " n WHERE " + where + " ORDER BY n.seq DESC LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> extract(Notices.notice(rs, i), rs.getBoolean("has_photo")));
        audit.record(new AuditEntry(
                "public", "-", Operation.SEARCH, "public-extract", q.type().name(), "public extract", Outcome.SUCCESS));
        return new Result(total == null ? 0 : total, items);
    }

    @Transactional
    Optional<Extract> find(NoticeType type, String id) {
        Optional<Extract> found = jdbc
                .query(
                        "SELECT n.*, EXISTS (SELECT 1 FROM notice_photos p WHERE p.notice_id = n.id) AS has_photo"
                                + " FROM notices n WHERE n.id = :id AND " + PUBLIC,
                        Map.of("id", id, "type", type.name()),
                        (rs, i) -> extract(Notices.notice(rs, i), rs.getBoolean("has_photo")))
                .stream()
                .findFirst();
        audit.record(new AuditEntry(
                "public",
                "-",
                Operation.DISCLOSE,
                "public-extract",
                id,
                "public extract",
                found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        return found;
    }

    @Transactional
    Optional<Notices.Photo> photo(NoticeType type, String id) {
        return find(type, id).filter(Extract::hasPhoto).flatMap(e -> notices.photo(id));
    }

    private static Extract extract(Notice notice, boolean hasPhoto) {
        NoticeRequest r = notice.request();
        NoticeRequest.Subject s = r.subject();
        String[] parts = NameParts.split(s == null ? "" : s.name());
        return new Extract(
                notice.id(),
                r.type(),
                notice.owner(),
                parts[0],
                parts[1],
                s == null ? null : s.dateOfBirth(),
                s == null ? Set.of() : s.nationalities(),
                s == null ? null : s.sex(),
                s == null ? null : s.placeOfBirth(),
                r.offence() == null ? null : r.offence().summary(),
                r.event() == null || r.event().date() == null
                        ? null
                        : r.event().date().toString(),
                r.event() == null ? null : r.event().place(),
                hasPhoto);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
