package org.interlink.common;

import java.util.Optional;
import org.interlink.access.Viewer;

/**
 * Links from another module's item (a message, a notice) to a cyber report, implemented by module {@code cyber}: a link
 * is shown only to a reader who may see the report, and a reader who may not sees no link, no title and no hint, as
 * if none had been written. Here so that modules cyber itself depends on (through screening) can link to reports.
 */
public interface CyberReportLinks {

    /** The report's title when the viewer may see it; empty, exactly as for a missing report, otherwise. Audited. */
    Optional<String> title(Viewer viewer, String reportId, String purpose);

    /** True when the viewer may see the report (e.g. a writer linking to it); not audited. */
    boolean visible(Viewer viewer, String reportId);
}
