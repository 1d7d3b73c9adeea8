package org.interlink.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlink.screening.Checks;
import org.interlink.screening.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class DirectChecksTest {

    private static final String PATH = "/api/v1/screening/documents";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Object> answered = new ArrayList<>();
    private final List<Exception> handed = new ArrayList<>();
    private final AtomicInteger passedOn = new AtomicInteger();
    private final HandlerMethod handler = handler();
    private final HandlerExceptionResolver resolver = (request, response, h, e) -> {
        assertThat(h).isSameAs(handler);
        handed.add(e);
        response.setStatus(400);
        return new ModelAndView();
    };
    private final DirectChecks direct = new DirectChecks(
            Map.of(
                    PATH,
                    new DirectChecks.Route(
                            JSON.readerFor(Checks.DocumentCheck.class), handler, (check, purpose, location) -> {
                                answered.add(List.of(check, String.valueOf(purpose), String.valueOf(location)));
                                if (((Checks.DocumentCheck) check).number().equals("REFUSED")) {
                                    throw new IllegalArgumentException("refused by the check");
                                }
                                return new ScreeningResult(ScreeningResult.NO_HIT, List.of(), null);
                            })),
            JSON.writerFor(ScreeningResult.class),
            resolver);
    private final FilterChain mvc = (request, response) -> passedOn.incrementAndGet();

    private static HandlerMethod handler() {
        try {
            return new HandlerMethod(new Object(), Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static MockHttpServletRequest check(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", PATH);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void answersAPlainJsonCheckWithoutPassingItOn() throws Exception {
        MockHttpServletRequest request = check("{\"number\": \"X123\", \"issuingCountry\": \"FRA\"}");
        request.addHeader(ScreeningController.PURPOSE, "investigation");
        MockHttpServletResponse response = new MockHttpServletResponse();

        direct.doFilter(request, response, mvc);

        assertThat(passedOn).hasValue(0);
        assertThat(answered)
                .containsExactly(List.of(new Checks.DocumentCheck("X123", "FRA", null), "investigation", "null"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        assertThat(JSON.readTree(response.getContentAsByteArray())
                        .get("outcome")
                        .asString())
                .isEqualTo("NO_HIT");
    }

    @Test
    void leavesEverythingElseToMvc() throws Exception {
        MockHttpServletRequest chunked = check("{}");
        chunked.setContent(null); // no Content-Length: a chunked body
        MockHttpServletRequest text = check("{}");
        text.setContentType("text/plain");
        MockHttpServletRequest latin1 = check("{}");
        latin1.setContentType("application/json;charset=ISO-8859-1");
        MockHttpServletRequest xml = check("{}");
        xml.addHeader("Accept", "application/xml");
        MockHttpServletRequest large = check("{\"number\": \"" + "X".repeat(DirectChecks.MAX_BODY) + "\"}");
        MockHttpServletRequest get = check("{}");
        get.setMethod("GET");
        MockHttpServletRequest batch = check("{}");
        batch.setRequestURI("/api/v1/screening/batch");

        for (MockHttpServletRequest request : List.of(chunked, text, latin1, xml, large, get, batch)) {
            direct.doFilter(request, new MockHttpServletResponse(), mvc);
        }

        assertThat(passedOn).hasValue(7);
        assertThat(answered).isEmpty();
    }

    @Test
    void acceptsUtf8JsonWithTheCharsetNamedAndAnyAccept() throws Exception {
        MockHttpServletRequest named = check("{\"number\": \"X1\"}");
        named.setContentType("application/json; charset=UTF-8");
        named.addHeader("Accept", "text/html, */*;q=0.1");

        direct.doFilter(named, new MockHttpServletResponse(), mvc);

        assertThat(passedOn).hasValue(0);
        assertThat(answered).hasSize(1);
    }

    @Test
    void handsUnreadableBodiesToMvcsExceptionHandlersAsMvcWould() throws Exception {
        for (String body : List.of("{not json", "", "null", "{\"number\": {\"a\": 1}}")) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            direct.doFilter(check(body), response, mvc);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
        }

        assertThat(answered).isEmpty();
        assertThat(passedOn).hasValue(0);
        assertThat(handed)
                .hasSize(4)
                .allSatisfy(e -> assertThat(e).isInstanceOf(HttpMessageNotReadableException.class));
        assertThat(handed.get(0).getCause()).isInstanceOf(JacksonException.class);
        assertThat(handed.get(3).getCause()).isInstanceOf(JacksonException.class);
    }

    @Test
    void handsAFailedCheckToMvcsExceptionHandlers() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        direct.doFilter(check("{\"number\": \"REFUSED\"}"), response, mvc);

        assertThat(handed).singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(response.getStatus()).isEqualTo(400);
    }
}
