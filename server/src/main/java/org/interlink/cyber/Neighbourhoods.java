package org.interlink.cyber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * An indicator's neighbourhood as the viewer may see it: the indicators that name one of its values (through the check
 * index, never indicator × indicator) and the objects its STIX relationships link it to (malware, campaigns, intrusion
 * sets, threat actors …). A neighbour, or a relationship, the viewer may not see is simply absent: it is neither drawn,
 * counted nor flagged. Each kind of neighbour is bounded ({@link #MAX_NEIGHBOURS}); beyond it the graph is flagged as
 * partial, counting only what the viewer may see.
 */
@Service
class Neighbourhoods {

    static final int MAX_NEIGHBOURS = 20;

    private final CyberObjects objects;
    private final CheckIndex index;
    private final CyberReadiness readiness;
    private final AuditJournal journal;

    Neighbourhoods(CyberObjects objects, CheckIndex index, CyberReadiness readiness, AuditJournal journal) {
        this.objects = objects;
        this.index = index;
        this.readiness = readiness;
        this.journal = journal;
    }

    /**
     * A node: an object, {@code page} its page when it has one. Public: the template reads it.
     *
     * @param kind {@code indicator}, or the STIX type of a related object
     */
    public record Node(
            String id,
            String kind,
            String label,
            String owner,
            @Nullable String page) {}

    /**
     * An edge between the indicator and a node: the values they share, or the relationship's type; {@code incoming}
     * when the relationship points from the node to the indicator.
     */
    public record Edge(Node node, String label, boolean incoming, boolean shared) {}

    /**
     * The neighbourhood. {@code sharedOverflow} / {@code relatedOverflow}: more visible neighbours of that kind than
     * drawn; {@code indexLoading}: the check index is still loading, so shared values are not known yet.
     */
    public record Graph(
            Node centre,
            List<Edge> shared,
            List<Edge> related,
            boolean sharedOverflow,
            boolean relatedOverflow,
            boolean indexLoading) {

        public List<Edge> edges() {
            List<Edge> all = new ArrayList<>(shared);
            all.addAll(related);
            return all;
        }
    }

    /** The neighbourhood of the indicator with this id as the viewer sees it; read audited as the indicator's. */
    Graph around(Viewer viewer, String id, String purpose) {
        var found = objects.indicator(viewer, id);
        journal.record(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.READ,
                "cyber-neighbourhood",
                id,
                purpose,
                found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        CyberObjects.Row row = found.orElseThrow(() -> new NotFoundException("indicator", id));
        IndicatorSnapshot indicator = CyberObjects.snapshot(row);
        Node centre = new Node(row.id(), "indicator", shortened(indicator.pattern()), row.owner(), null);
        List<Edge> shared = new ArrayList<>();
        boolean sharedOverflow = false;
        if (readiness.isReady()) {
            Map<String, List<String>> values = shared(viewer, indicator);
            sharedOverflow = values.size() > MAX_NEIGHBOURS;
            values.entrySet().stream().limit(MAX_NEIGHBOURS).forEach(e -> {
                IndicatorSnapshot other = index.indicator(e.getKey());
                shared.add(new Edge(
                        new Node(
                                other.id(),
                                "indicator",
                                shortened(other.pattern()),
                                other.owner(),
                                "/cyber/indicators/" + other.id()),
                        "shares " + String.join(", ", e.getValue()),
                        false,
                        true));
            });
        }
        List<CyberObjects.Row> relationships = objects.relationships(viewer, id, MAX_NEIGHBOURS);
        boolean relatedOverflow = relationships.size() > MAX_NEIGHBOURS;
        List<Edge> related =
                related(viewer, id, relationships.stream().limit(MAX_NEIGHBOURS).toList());
        return new Graph(centre, shared, related, sharedOverflow, relatedOverflow, !readiness.isReady());
    }

    /**
     * The visible indicators naming one of this indicator's values (by owner + id key, in a stable order), each with the
     * values they share. Every indicator under a value is looked at, so the bound counts visible ones only.
     */
    private Map<String, List<String>> shared(Viewer viewer, IndicatorSnapshot indicator) {
        Map<String, List<String>> found = new TreeMap<>();
        for (int i = 0; i < indicator.values().size(); i++) {
            String value = indicator.values().get(i);
            String key = Observables.indexKey(indicator.valueTypes().get(i), value);
            if (key == null) {
                continue;
            }
            for (String other : index.under(key)) {
                IndicatorSnapshot neighbour = index.indicator(other);
                if (other.equals(indicator.key())
                        || neighbour == null
                        || neighbour.revoked()
                        || !Checks.protection(neighbour).maySee(viewer)) {
                    continue;
                }
                List<String> values = found.computeIfAbsent(other, k -> new ArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
            if (found.size() > MAX_NEIGHBOURS) {
                break;
            }
        }
        return found;
    }

    /**
     * The other end of each relationship, when the viewer may see it (the relationship's owner's copy first); a
     * relationship whose other end is hidden or missing is left out.
     */
    private List<Edge> related(Viewer viewer, String id, List<CyberObjects.Row> relationships) {
        Map<CyberObjects.Row, String> others = new LinkedHashMap<>();
        for (CyberObjects.Row relationship : relationships) {
            JsonNode body = BundleReader.JSON.readTree(relationship.body());
            String source = body.path("source_ref").asString("");
            others.put(relationship, source.equals(id) ? body.path("target_ref").asString("") : source);
        }
        Map<String, List<CyberObjects.Row>> visible = new TreeMap<>();
        for (CyberObjects.Row row : objects.latest(viewer, List.copyOf(new java.util.HashSet<>(others.values())))) {
            visible.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row);
        }
        List<Edge> edges = new ArrayList<>();
        others.forEach((relationship, other) -> {
            List<CyberObjects.Row> copies = visible.get(other);
            if (copies == null) {
                return;
            }
            CyberObjects.Row end = copies.stream()
                    .filter(c -> c.owner().equals(relationship.owner()))
                    .findFirst()
                    .orElse(copies.getFirst());
            JsonNode body = BundleReader.JSON.readTree(relationship.body());
            JsonNode target = BundleReader.JSON.readTree(end.body());
            boolean outgoing = body.path("source_ref").asString("").equals(id);
            String type = body.path("relationship_type").asString("related-to");
            String label = end.type().equals("indicator")
                    ? shortened(target.path("pattern").asString(end.id()))
                    : target.path("name").asString(end.id());
            String page = end.type().equals("indicator") ? "/cyber/indicators/" + end.id() : "/cyber?text=" + end.id();
            edges.add(new Edge(new Node(end.id(), end.type(), label, end.owner(), page), type, !outgoing, false));
        });
        return edges;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
