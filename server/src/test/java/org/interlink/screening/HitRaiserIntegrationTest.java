package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Another module's items raise hits through HitRaiser with the screening workflow: told, silent, dismissed, listed. */
@IntegrationTest
class HitRaiserIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    HitRaiser raiser;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    HitRows rows;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anItemOfAnotherModuleRaisesAHitTheOwnerIsToldOfAndADismissalIsRemembered() {
        Viewer searcher = new Viewer("officer.lu", "LU", Set.of("OFFICER"), Classification.RESTRICTED);
        MatchedItem shared = item("PT", Restriction.OPEN, 1);
        MatchedItem hidden = item("PT", Restriction.only(Classification.OFFICIAL, "ES"), 1);
        String subject = "md5:" + UUID.randomUUID();

        RaisedHits raised = raise(searcher, subject, shared, hidden);
        String visibleHit = raised.hitId(shared);
        assertThat(visibleHit)
                .as("a hit on the shared item, shown to the searcher")
                .isNotNull();
        assertThat(raised.hitId(hidden)).as("the hidden item's hit is silent").isNull();
        assertThat(rows.find(visibleHit).orElseThrow().hit().page())
                .as("the Hits page links to the item's own page")
                .isEqualTo(shared.page());

        JsonNode owners = api.get("/api/v1/hits?kind=CONTENT_ENTRY&bureau=LU&limit=200", api.bearer("ncb-pt"))
                .json()
                .get("items");
        JsonNode ownersShared = find(owners, shared.id());
        assertThat(ownersShared.get("recordKind").asString()).isEqualTo("CONTENT_ENTRY");
        assertThat(ownersShared.get("matched").asString()).isEqualTo(shared.label());
        assertThat(ownersShared.get("summary").asString()).isEqualTo("labels: recruitment");
        assertThat(ownersShared.get("action").asString()).isEqualTo("refer to the owner");
        assertThat(ownersShared.get("silent").asBoolean()).isFalse();
        assertThat(ownersShared.has("itemPage"))
                .as("the page is for the UI, not the API")
                .isFalse();
        assertThat(find(owners, hidden.id()).get("silent").asBoolean())
                .as("the owner is told of the silent hit")
                .isTrue();

        JsonNode searchers = api.get("/api/v1/hits?kind=CONTENT_ENTRY&bureau=PT&limit=200", api.bearer("ncb-lu"))
                .json()
                .get("items");
        assertThat(searchers.findValuesAsString("recordId"))
                .contains(shared.id())
                .doesNotContain(hidden.id());

        // The owner dismisses both; the same subject on the same versions raises nothing again.
        for (JsonNode hit : List.of(ownersShared, find(owners, hidden.id()))) {
            assertThat(api.post(
                                    "/api/v1/hits/" + hit.get("id").asString() + "/dismiss",
                                    api.bearer("ncb-pt"),
                                    "application/json",
                                    "{\"reason\":\"OTHER\",\"note\":\"benign\"}")
                            .status())
                    .isEqualTo(200);
        }
        RaisedHits again = raise(searcher, subject, shared, hidden);
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.dismissed(shared)).isTrue();
        assertThat(again.dismissed(hidden))
                .as("the searcher does not learn that a hidden item's hit was dismissed")
                .isFalse();

        // A new version of the item is raised again.
        MatchedItem changed = new MatchedItem(
                shared.kind(),
                shared.id(),
                shared.owner(),
                shared.access(),
                shared.label(),
                shared.summary(),
                shared.action(),
                2,
                shared.page());
        assertThat(raise(searcher, subject, changed).hitId(changed)).isNotNull();
    }

    private RaisedHits raise(Viewer searcher, String subject, MatchedItem... items) {
        List<HitRaiser.Match> matches = java.util.Arrays.stream(items)
                .map(i -> new HitRaiser.Match(i, 1.0))
                .toList();
        RaisedHits raised = raiser.raise(searcher, "hash lookup", "", subject, matches);
        transactions.executeWithoutResult(status -> raiser.insert(List.of(raised)));
        return raised;
    }

    private static MatchedItem item(String owner, Restriction restriction, long version) {
        String id = UUID.randomUUID().toString();
        return new MatchedItem(
                "CONTENT_ENTRY",
                id,
                owner,
                restriction,
                "bank · md5 " + id.substring(0, 8),
                "labels: recruitment",
                "refer to the owner",
                version,
                "/content/entries/" + id);
    }

    private static JsonNode find(JsonNode items, String recordId) {
        for (JsonNode hit : items) {
            if (hit.get("recordId").asString().equals(recordId)) {
                return hit;
            }
        }
        throw new AssertionError("no hit on " + recordId + " in " + items);
    }
}
