package org.interlink.records;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interlink.access.Viewer;
import org.interlink.members.Countries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports the UN Security Council Consolidated List for the General Secretariat: individuals become GS-owned persons
 * (external id {@code UN-<DATAID>}), updated when they changed; entries no longer on a newer list are deleted. A list
 * older than the last one imported is refused (409) and changes nothing.
 */
@Service
class UnListImport {

    static final String PURPOSE = "UN Security Council sanctions list";

    private final Imports imports;
    private final Records records;
    private final RecordRows rows;
    private final Countries countries;
    private final TransactionTemplate transactions;

    UnListImport(
            Imports imports,
            Records records,
            RecordRows rows,
            Countries countries,
            PlatformTransactionManager transactionManager) {
        this.imports = imports;
        this.records = records;
        this.rows = rows;
        this.countries = countries;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    ImportReport run(Viewer viewer, InputStream xml) {
        if (!viewer.isGeneralSecretariat()) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only the General Secretariat imports the UN Consolidated List");
        }
        UnConsolidatedList.Parsed list =
                UnConsolidatedList.parse(xml, name -> UnConsolidatedList.countryCode(name, countries));
        java.time.Instant generated =
                UnConsolidatedList.generatedAt(list.dateGenerated()).orElseThrow();
        imports.lastUnListGenerated().filter(last -> last.isAfter(generated)).ifPresent(last -> {
            throw Imports.olderList(last);
        });
        String id = imports.begin(viewer, RecordKind.PERSON, "un-consolidated", list.dateGenerated());
        List<ImportWriter.Row> valid = new ArrayList<>();
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        int position = 0;
        for (UnConsolidatedList.Entry entry : list.individuals()) {
            position++;
            Validation v = records.validation();
            Validated validated = PersonRules.validate(entry.person(), viewer, v);
            if (v.isValid()) {
                valid.add(new ImportWriter.Row(validated, viewer.bureau(), viewer.actor()));
                listed.add(entry.person().externalId());
            } else {
                rejected.add(new ImportReport.Rejection(position, v.errors()));
            }
        }
        Imports.Progress progress = imports.importRows(id, viewer, RecordKind.PERSON, valid, PURPOSE);
        rejected.forEach(r -> progress.reject(r.line(), r.errors()));
        progress.lines = position;
        List<String> gone = rows.ids(RecordKind.PERSON, viewer.bureau(), "UN-").stream()
                .filter(external -> !listed.contains(external))
                .toList();
        for (String external : gone) {
            transactions.executeWithoutResult(status -> rows.idOfExternal(RecordKind.PERSON, viewer.bureau(), external)
                    .flatMap(rows::lock)
                    .ifPresent(record -> records.erase(record, viewer.actor(), viewer.bureau(), PURPOSE)));
        }
        progress.removed = gone.size();
        imports.finish(id, "DONE", null, progress);
        return imports.report(id).orElseThrow();
    }
}
