package org.interlink.content.referrals;

import java.util.List;
import org.interlink.access.Viewer;
import org.springframework.stereotype.Component;

/** Until the module's banks exist, no id names an entry: each cited entry is refused and none is shown. */
@Component
class UnknownEntries implements EvidenceEntries {

    @Override
    public List<String> unknown(Viewer viewer, List<String> ids) {
        return ids;
    }

    @Override
    public List<String> visible(Viewer viewer, List<String> ids) {
        return List.of();
    }
}
