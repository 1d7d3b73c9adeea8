package org.interlink.content.referrals;

import java.util.List;
import org.interlink.access.Viewer;

/** The bank entries a referral cites as evidence, checked against the banks the viewer may see. */
interface EvidenceEntries {

    /** The ids, among {@code ids}, that name no entry of a bank the viewer may see (refused when creating). */
    List<String> unknown(Viewer viewer, List<String> ids, String purpose);

    /** The ids, among {@code ids}, of entries of banks the viewer may see, in the same order. */
    List<String> visible(Viewer viewer, List<String> ids, String purpose);
}
