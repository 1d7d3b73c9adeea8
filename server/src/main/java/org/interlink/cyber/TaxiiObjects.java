package org.interlink.cyber;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored STIX objects as TAXII pages them: filtered by collection, {@code added_after} and the {@code match[…]}
 * parameters, in the one stable order {@code date_added, row_id}, and always through {@link Protection#predicate}, so
 * what the viewer may not see is never read, counted or paged. {@code first} and {@code last} are the first and last
 * versions the viewer may see, so a hidden later version cannot be inferred from a visible earlier one.
 */
@Repository
class TaxiiObjects {

    /** The version column TAXII compares: {@code modified}, else {@code created}, else {@code date_added}. */
    private static final String VERSION = "(CASE WHEN c.modified = 'epoch' THEN c.date_added ELSE c.modified END)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TaxiiObjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * What a request selects.
     *
     * @param owner the bureau whose collection is read, or null for every bureau's objects
     * @param versions {@code first}, {@code last}, {@code all} and version timestamps, any of which selects
     * @param specVersions the STIX versions to keep ({@code 2.0}, {@code 2.1}); empty for any
     */
    record Filter(
            @Nullable String owner,
            @Nullable Instant addedAfter,
            List<String> ids,
            List<String> types,
            List<String> versions,
            List<String> specVersions) {}

    /** Up to {@code limit} rows, and whether more follow. */
    record Page(List<CyberObjects.Row> rows, boolean more) {}

    Page page(Viewer viewer, Filter filter, TaxiiCursors.@Nullable Position after, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer));
        StringBuilder sql = new StringBuilder("SELECT " + CyberObjects.COLUMNS + " FROM cyber_objects c WHERE ")
                .append(Protection.predicate("c"));
        if (filter.owner() != null) {
            sql.append(" AND c.owner = :owner");
            parameters.addValue("owner", filter.owner());
        }
        if (filter.addedAfter() != null) {
            sql.append(" AND c.date_added > :addedAfter");
            parameters.addValue("addedAfter", Timestamp.from(filter.addedAfter()));
        }
        if (!filter.ids().isEmpty()) {
            sql.append(" AND c.id = ANY(:ids)");
            parameters.addValue("ids", filter.ids().toArray(String[]::new));
        }
        if (!filter.types().isEmpty()) {
            sql.append(" AND c.type = ANY(:types)");
            parameters.addValue("types", filter.types().toArray(String[]::new));
        }
        if (!filter.specVersions().isEmpty()) {
            sql.append(" AND coalesce(c.body->>'spec_version', '2.0') = ANY(:specVersions)");
            parameters.addValue("specVersions", filter.specVersions().toArray(String[]::new));
        }
        versions(filter.versions(), sql, parameters);
        if (after != null) {
            sql.append(" AND (c.date_added, c.row_id) > (:afterAdded, :afterRow)");
            parameters.addValue("afterAdded", Timestamp.from(after.dateAdded()));
            parameters.addValue("afterRow", after.rowId());
        }
        sql.append(" ORDER BY c.date_added, c.row_id LIMIT :limit");
        parameters.addValue("limit", limit + 1);
        List<CyberObjects.Row> rows = new ArrayList<>(named.query(sql.toString(), parameters, CyberObjects::row));
        boolean more = rows.size() > limit;
        if (more) {
            rows.removeLast();
        }
        return new Page(rows, more);
    }

    private static void versions(List<String> versions, StringBuilder sql, MapSqlParameterSource parameters) {
        if (versions.contains("all")) {
            return;
        }
        List<String> any = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            String version = versions.get(i);
            switch (version) {
                case "last" -> any.add(noVisible("e.modified > c.modified"));
                case "first" -> any.add(noVisible("e.modified < c.modified"));
                default -> {
                    any.add(VERSION + " = :version" + i);
                    parameters.addValue("version" + i, Timestamp.from(Instant.parse(version)));
                }
            }
        }
        sql.append(" AND (").append(String.join(" OR ", any)).append(')');
    }

    /** No other version of the same owner's object that the viewer may see is {@code condition}. */
    private static String noVisible(String condition) {
        return "NOT EXISTS (SELECT 1 FROM cyber_objects e WHERE e.owner = c.owner AND e.id = c.id AND " + condition
                + " AND " + Protection.predicate("e") + ")";
    }

    /**
     * Deletes the owner's versions of an object that {@code versions} selects (as {@link #page} selects them for the
     * owner, who sees all its own versions), then flags the latest of what is left. Runs in the caller's transaction.
     *
     * @return the versions removed
     */
    List<CyberObjects.Row> delete(Viewer owner, String id, List<String> versions, List<String> specVersions) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class, "cyber " + owner.bureau());
        Filter filter = new Filter(owner.bureau(), null, List.of(id), List.of(), versions, specVersions);
        List<CyberObjects.Row> rows = new ArrayList<>();
        TaxiiCursors.Position after = null;
        Page page;
        do {
            page = page(owner, filter, after, 1_000);
            rows.addAll(page.rows());
            if (!page.rows().isEmpty()) {
                CyberObjects.Row last = page.rows().getLast();
                after = new TaxiiCursors.Position(last.dateAdded(), last.rowId());
            }
        } while (page.more());
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] rowIds = rows.stream().map(CyberObjects.Row::rowId).toArray(Long[]::new);
        jdbc.update("DELETE FROM cyber_objects WHERE row_id = ANY(?)", (Object) rowIds);
        jdbc.update(
                "UPDATE cyber_objects c SET latest = true FROM (SELECT row_id FROM cyber_objects WHERE owner = ?"
                        + " AND id = ? ORDER BY modified DESC LIMIT 1) m WHERE c.row_id = m.row_id AND NOT c.latest",
                owner.bureau(),
                id);
        return rows;
    }
}
