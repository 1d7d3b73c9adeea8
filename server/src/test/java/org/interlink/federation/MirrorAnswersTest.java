package org.interlink.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.interlink.screening.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.node.ObjectNode;

/** A node's screening answers say they come from the mirror, how old it is, and that a hit must be confirmed. */
class MirrorAnswersTest {

    private static ServletServerHttpRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(HttpMethod.POST.name(), path);
        return new ServletServerHttpRequest(request);
    }

    private static ScreeningResult hit() {
        return new ScreeningResult(
                ScreeningResult.HIT,
                List.of(new ScreeningResult.Match(
                        "doc_1", "DOCUMENT", 1.0, "X123", List.of(), "stolen passport", "seize", "FR", null, false)),
                null);
    }

    @Test
    void aScreeningAnswerCarriesTheMirrorsSourceAgeAndTheNoticeToConfirm() {
        Instant asOf = Instant.now().minusSeconds(30);
        MirrorAnswers answers = new MirrorAnswers(new MirrorStatus(asOf, Duration.ofHours(48)));

        Object written = answers.beforeBodyWrite(
                hit(), null, MediaType.APPLICATION_JSON, null, post("/api/v1/screening/documents"), null);

        ObjectNode answer = (ObjectNode) written;
        assertThat(answer.get("outcome").asString()).isEqualTo("HIT");
        assertThat(answer.get("source").asString()).isEqualTo("mirror");
        assertThat(answer.get("mirrorAsOf").asString()).isEqualTo(asOf.toString());
        assertThat(answer.get("mirrorStale").asBoolean()).isFalse();
        assertThat(answer.get("mirrorNotice").asString()).isEqualTo("mirror hit, confirm with the owner");
    }

    @Test
    void aMirrorOlderThanTheBoundOrNeverSyncedSaysItIsStaleAndANoHitHasNoNotice() {
        MirrorAnswers old =
                new MirrorAnswers(new MirrorStatus(Instant.now().minus(Duration.ofHours(49)), Duration.ofHours(48)));
        MirrorAnswers never = new MirrorAnswers(new MirrorStatus(null, Duration.ofHours(48)));
        ScreeningResult noHit = new ScreeningResult(ScreeningResult.NO_HIT, List.of(), null);

        ObjectNode stale = (ObjectNode) old.beforeBodyWrite(
                noHit, null, MediaType.APPLICATION_JSON, null, post("/api/v1/screening/persons"), null);
        ObjectNode unsynced = (ObjectNode) never.beforeBodyWrite(
                noHit, null, MediaType.APPLICATION_JSON, null, post("/api/v1/screening/persons"), null);

        assertThat(stale.get("mirrorStale").asBoolean()).isTrue();
        assertThat(stale.has("mirrorNotice")).isFalse();
        assertThat(unsynced.get("mirrorStale").asBoolean()).isTrue();
        assertThat(unsynced.get("mirrorAsOf").isNull()).isTrue();
    }

    @Test
    void answersOutsideScreeningAreLeftAsTheyAre() {
        MirrorAnswers answers = new MirrorAnswers(new MirrorStatus(Instant.now(), Duration.ofHours(48)));
        ScreeningResult result = hit();

        assertThat(answers.beforeBodyWrite(
                        result, null, MediaType.APPLICATION_JSON, null, post("/api/v1/persons/per_1"), null))
                .isSameAs(result);
    }
}
