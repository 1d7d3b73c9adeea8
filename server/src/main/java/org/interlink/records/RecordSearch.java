package org.interlink.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officer's search behind the records page. Persons searched by name are ranked by the matching library's score
 * ({@link PersonNameSearch}), so spellings and scripts meet; other searches list newest first. Either way the access
 * policy and the other filters are applied in SQL to every candidate before anything is counted or paged, so neither
 * the total nor the pages reveal a record the viewer may not see, and the search is audited as one consultation with
 * its purpose.
 */
@Component
class RecordSearch {

    static final int PAGE_SIZE = 25;

    /**
     * The most name matches a search ranks (and the most records found by number or reference it adds after them): an
     * officer refines a search long before reading twenty pages.
     */
    static final int MAX_RANKED = 500;

    private final RecordRows rows;
    private final AuditLog audit;
    private final ObjectProvider<PersonNameSearch> names;
    private final TransactionTemplate transactions;

    RecordSearch(
            RecordRows rows,
            AuditLog audit,
            ObjectProvider<PersonNameSearch> names,
            PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.audit = audit;
        this.names = names;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * One page of the search.
     *
     * @param cursor opens the page after a keyset page (its last record); null for the first page
     * @param before opens the page before a keyset page (its first record)
     * @param page 1-based page of a ranked search
     * @throws InvalidInputException naming {@code cursor}, {@code before} or {@code page} when it cannot be read
     */
    ResultPage find(
            Viewer viewer,
            RecordFilter filter,
            @Nullable String cursor,
            @Nullable String before,
            int page,
            String purpose) {
        PersonNameSearch nameSearch = names.getIfAvailable();
        boolean byName = filter.kind() == RecordKind.PERSON && filter.text() != null && nameSearch != null;
        if (page < 1) {
            throw new InvalidInputException("page", "must be a whole number from 1");
        }
        String after = blank(cursor) ? null : Cursors.decode(cursor, filter.kind());
        String newer = blank(before) ? null : Cursors.decode(before, filter.kind());
        return transactions.execute(status -> {
            ResultPage result = byName
                    ? ranked(viewer, filter, nameSearch, page)
                    : newer != null ? pageBefore(viewer, filter, newer) : pageAfter(viewer, filter, after);
            audit.record(Records.entry(viewer, Operation.LIST, filter.kind(), "", purpose, Outcome.SUCCESS));
            return result;
        });
    }

    private ResultPage ranked(Viewer viewer, RecordFilter filter, PersonNameSearch nameSearch, int page) {
        List<PersonNameSearch.NameMatch> matches = nameSearch.search(filter.text(), MAX_RANKED);
        Map<String, StoredRecord> visible = new HashMap<>();
        rows.visibleAmong(
                        viewer,
                        filter.withoutText(),
                        matches.stream()
                                .map(PersonNameSearch.NameMatch::personId)
                                .toList())
                .forEach(record -> visible.put(record.id(), record));
        Map<String, Double> scores = new LinkedHashMap<>();
        List<StoredRecord> results = new ArrayList<>();
        for (PersonNameSearch.NameMatch match : matches) {
            StoredRecord record = visible.get(match.personId());
            if (record != null && scores.putIfAbsent(record.id(), match.score()) == null) {
                results.add(record);
            }
        }
        // Words that are a reference or a number rather than a name, or a record the index has not taken in yet.
        for (StoredRecord record : rows.page(viewer, filter, MAX_RANKED, null)) {
            if (!scores.containsKey(record.id())) {
                results.add(record);
            }
        }
        int pages = Math.max(1, (results.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pages) {
            throw new InvalidInputException("page", "must be at most " + pages);
        }
        int from = (page - 1) * PAGE_SIZE;
        List<StoredRecord> items = results.subList(from, Math.min(results.size(), from + PAGE_SIZE));
        Map<String, Double> pageScores = new HashMap<>();
        items.forEach(r -> {
            if (scores.containsKey(r.id())) {
                pageScores.put(r.id(), scores.get(r.id()));
            }
        });
        return new ResultPage(
                List.copyOf(items),
                results.size(),
                pageScores,
                page > 1 ? new ResultPage.Step("page", String.valueOf(page - 1)) : null,
                page < pages ? new ResultPage.Step("page", String.valueOf(page + 1)) : null,
                from + 1);
    }

    private ResultPage pageAfter(Viewer viewer, RecordFilter filter, @Nullable String after) {
        List<StoredRecord> found = rows.page(viewer, filter, PAGE_SIZE + 1, after);
        List<StoredRecord> items = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        boolean newer = after != null
                && !items.isEmpty()
                && !rows.pageBefore(viewer, filter, 1, items.getFirst().id()).isEmpty();
        return keyset(viewer, filter, items, newer, found.size() > PAGE_SIZE);
    }

    private ResultPage pageBefore(Viewer viewer, RecordFilter filter, String before) {
        List<StoredRecord> found = rows.pageBefore(viewer, filter, PAGE_SIZE + 1, before);
        List<StoredRecord> items = found.size() > PAGE_SIZE ? found.subList(1, found.size()) : found;
        boolean older = !items.isEmpty()
                && !rows.page(viewer, filter, 1, items.getLast().id()).isEmpty();
        return keyset(viewer, filter, items, found.size() > PAGE_SIZE, older);
    }

    private ResultPage keyset(
            Viewer viewer, RecordFilter filter, List<StoredRecord> items, boolean newer, boolean older) {
        return new ResultPage(
                List.copyOf(items),
                rows.count(viewer, filter),
                Map.of(),
                newer
                        ? new ResultPage.Step(
                                "before", Cursors.encode(items.getFirst().id()))
                        : null,
                older
                        ? new ResultPage.Step(
                                "cursor", Cursors.encode(items.getLast().id()))
                        : null,
                0);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
