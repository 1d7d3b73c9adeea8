package org.interlink.federation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Outcome;
import org.interlink.common.NotFoundException;
import org.interlink.common.StatedPurpose;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centre's nodes for the General Secretariat and administrators: each node's bureau, last contact, replication lag
 * and records held, from the nodes' own reports. Anyone else is answered as if the path did not exist.
 */
@Tag(name = "Federation")
@RestController
@ConditionalOnProperty(prefix = FederationSettings.PREFIX, name = "bootstrap-servers")
@ConditionalOnProperty(prefix = FederationSettings.PREFIX, name = "role", havingValue = "centre", matchIfMissing = true)
class FederationController {

    private final NodeReports reports;
    private final AuditLog audit;

    FederationController(NodeReports reports, AuditLog audit) {
        this.reports = reports;
        this.audit = audit;
    }

    /** One node as the centre last heard from it; the figures are null until it reports. */
    record NodeView(
            String bureau,
            String topic,
            @Nullable String lastContact,
            @Nullable String mirrorAsOf,
            @Nullable Long lagMillis,
            @Nullable Long itemsHeld) {}

    record NodeList(List<NodeView> nodes) {}

    @Operation(summary = "The national nodes: last contact, lag and records held (General Secretariat, administrators)")
    @GetMapping("/api/v1/federation/nodes")
    NodeList nodes(@RequestHeader(name = "X-Purpose", required = false) @Nullable String purpose) {
        Viewer viewer = CurrentViewer.get();
        String stated = StatedPurpose.or(purpose, "federation operations");
        if (!viewer.isGeneralSecretariat() && !viewer.hasRole("ADMINISTRATOR")) {
            audit.record(entry(viewer, stated, Outcome.NOT_FOUND));
            throw new NotFoundException("path", "/api/v1/federation/nodes");
        }
        List<NodeView> nodes = reports.bureaus().stream().map(this::view).toList();
        audit.record(entry(viewer, stated, Outcome.SUCCESS));
        return new NodeList(nodes);
    }

    private NodeView view(String bureau) {
        NodeReports.Received received = reports.of(bureau);
        if (received == null) {
            return new NodeView(bureau, NodeTopics.of(bureau), null, null, null, null);
        }
        NodeReport r = received.report();
        return new NodeView(
                bureau,
                NodeTopics.of(bureau),
                received.at().toString(),
                r.mirrorAsOf(),
                r.lagMillis() < 0 ? null : r.lagMillis(),
                r.itemsHeld());
    }

    private static AuditEntry entry(Viewer viewer, String purpose, Outcome outcome) {
        return new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                org.interlink.audit.Operation.LIST,
                "federation-node",
                "",
                purpose,
                outcome);
    }
}
