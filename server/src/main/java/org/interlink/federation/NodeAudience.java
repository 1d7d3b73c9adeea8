package org.interlink.federation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Which national nodes may hold an item: a node is a viewer of its bureau at the nodes' clearance, asked through the
 * one {@link AccessPolicy}. No copy of the rules lives here.
 */
final class NodeAudience {

    private final List<Viewer> nodes;

    NodeAudience(List<String> bureaus, Classification clearance) {
        this.nodes = bureaus.stream()
                .map(b -> new Viewer("node:" + b, b, Set.of(), clearance))
                .toList();
    }

    List<String> bureaus() {
        return nodes.stream().map(Viewer::bureau).toList();
    }

    /** The nodes that may hold an item of this owner under this restriction; none for an item that is gone. */
    Set<String> of(@Nullable String owner, @Nullable Restriction restriction) {
        Set<String> audience = new LinkedHashSet<>();
        if (owner == null || restriction == null) {
            return audience;
        }
        for (Viewer node : nodes) {
            if (AccessPolicy.maySee(node, owner, restriction)) {
                audience.add(node.bureau());
            }
        }
        return audience;
    }
}
