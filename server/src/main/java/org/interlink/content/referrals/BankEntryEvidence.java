package org.interlink.content.referrals;

import java.util.ArrayList;
import java.util.List;
import org.interlink.access.Viewer;
import org.interlink.common.NotFoundException;
import org.interlink.content.ContentBanks;
import org.springframework.stereotype.Component;

/**
 * Cited bank entries checked with the banks' own access rule: an entry is visible exactly when its bank is. Each
 * check is the banks' audited read of the entry, with the referral's purpose.
 */
@Component
class BankEntryEvidence implements EvidenceEntries {

    private final ContentBanks banks;

    BankEntryEvidence(ContentBanks banks) {
        this.banks = banks;
    }

    @Override
    public List<String> unknown(Viewer viewer, List<String> ids, String purpose) {
        List<String> unknown = new ArrayList<>(ids);
        unknown.removeAll(visible(viewer, ids, purpose));
        return unknown;
    }

    @Override
    public List<String> visible(Viewer viewer, List<String> ids, String purpose) {
        List<String> visible = new ArrayList<>();
        for (String id : ids) {
            try {
                banks.entry(viewer, Long.parseLong(id), purpose);
                visible.add(id);
            } catch (NumberFormatException | NotFoundException e) {
                // not an entry this viewer may see: left out, as a missing one
            }
        }
        return visible;
    }
}
