package org.interlink.federation;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * On a national node, every screening answer ({@code /api/v1/screening/…}) says where it comes from: {@code "source":
 * "mirror"}, {@code "mirrorAsOf"} (null before the first sync), {@code "mirrorStale"} past the configured age, and,
 * when it has matches, {@code "mirrorNotice": "mirror hit, confirm with the owner"}. The screening module answers as at
 * the centre; only the node adds this.
 */
@RestControllerAdvice
@ConditionalOnProperty(prefix = FederationSettings.PREFIX, name = "role", havingValue = "node")
class MirrorAnswers implements ResponseBodyAdvice<Object> {

    static final String NOTICE = "mirror hit, confirm with the owner";
    private static final String SCREENING = "/api/v1/screening/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MirrorStatus status;
    private final Clock clock;

    MirrorAnswers(MirrorStatus status) {
        this.status = status;
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null
                || !request.getURI().getPath().startsWith(SCREENING)
                || !MediaType.APPLICATION_JSON.isCompatibleWith(selectedContentType)) {
            return body;
        }
        JsonNode tree = JSON.valueToTree(body);
        if (!(tree instanceof ObjectNode answer)) {
            return body;
        }
        Instant asOf = status.asOf();
        answer.put("source", "mirror");
        answer.put("mirrorAsOf", asOf == null ? null : asOf.toString());
        answer.put("mirrorStale", status.stale(clock.instant()));
        if (hasMatches(answer)) {
            answer.put("mirrorNotice", NOTICE);
        }
        return answer;
    }

    /** A single answer's matches, or any of a batch's results' matches. */
    private static boolean hasMatches(JsonNode answer) {
        JsonNode matches = answer.get("matches");
        if (matches != null && matches.isArray() && !matches.isEmpty()) {
            return true;
        }
        JsonNode results = answer.get("results");
        if (results != null && results.isArray()) {
            for (JsonNode result : results) {
                if (hasMatches(result)) {
                    return true;
                }
            }
        }
        return false;
    }
}
