package org.interlink.screening.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import org.interlink.screening.Checks;
import org.interlink.screening.ScreeningResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the three single checks ({@code POST /api/v1/screening/persons}, {@code documents}, {@code vehicles}) straight
 * from the servlet filter chain, after Spring Security has authenticated the caller and before the
 * {@code DispatcherServlet}: border posts send thousands of these a second, and Spring MVC's generic dispatch (handler
 * lookup, argument resolvers, content negotiation, return-value handlers) held half of the JVM's samples in a profile
 * of document checks, against a tenth for the check itself; skipping it saves about a tenth of a check's CPU
 * (the experiment: docs/PERFORMANCE.md in git history, Screening, seventh session).
 *
 * <p>The same {@link ScreeningController} methods answer, so the operation is written once; so do MVC's exception
 * handlers ({@code ApiErrors}), to which every failure is handed with the controller method as the handler, so a bad
 * body, a refused check or an unavailable audit log gets the same {@code problem+json} as through MVC. Security is not
 * bypassed: this filter runs inside Spring Security's chain, after authentication, authorisation and the firewall.
 *
 * <p>A request this filter does not recognise as a plain JSON check — another method or path, a body that is not
 * UTF-8 {@code application/json}, no {@code Content-Length} (a chunked body), a body over {@link #MAX_BODY} bytes, or an
 * {@code Accept} that excludes JSON — goes on to MVC unchanged, which answers it as before.
 */
final class DirectChecks extends HttpFilter {

    /** A check's body is a few hundred bytes; three MRZ lines and every optional field fit in far less than this. */
    static final int MAX_BODY = 16 * 1024;

    private final Map<String, Route> routes;
    private final ObjectWriter results;
    private final HandlerExceptionResolver exceptions;

    /** What answers one path: its body type's reader, the controller method (for the exception handlers), the call. */
    record Route(ObjectReader reader, HandlerMethod handler, Answer<Object> answer) {}

    /** A controller method of a single check: the body, {@code X-Purpose} and {@code X-Location}. */
    @FunctionalInterface
    interface Answer<T> {
        ScreeningResult check(T check, @Nullable String purpose, @Nullable String location);
    }

    DirectChecks(Map<String, Route> routes, ObjectWriter results, HandlerExceptionResolver exceptions) {
        this.routes = Map.copyOf(routes);
        this.results = results;
        this.exceptions = exceptions;
    }

    /** The three single checks of {@link ScreeningController}. */
    static DirectChecks of(ScreeningController controller, JsonMapper json, HandlerExceptionResolver exceptions) {
        return new DirectChecks(
                Map.of(
                        "/api/v1/screening/persons",
                        route(json, controller, "persons", Checks.PersonCheck.class, controller::persons),
                        "/api/v1/screening/documents",
                        route(json, controller, "documents", Checks.DocumentCheck.class, controller::documents),
                        "/api/v1/screening/vehicles",
                        route(json, controller, "vehicles", Checks.VehicleCheck.class, controller::vehicles)),
                json.writerFor(ScreeningResult.class),
                exceptions);
    }

    /** {@code name} is {@code answer}'s method, which MVC's exception handlers are told failed. */
    private static <T> Route route(
            JsonMapper json, ScreeningController controller, String name, Class<T> body, Answer<T> answer) {
        try {
            Method method = ScreeningController.class.getDeclaredMethod(name, body, String.class, String.class);
            return new Route(
                    json.readerFor(body),
                    new HandlerMethod(controller, method),
                    (check, purpose, location) -> answer.check(body.cast(check), purpose, location));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("ScreeningController." + name + " changed its signature", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        Route route = routes.get(path);
        if (route == null || !plainJsonCheck(request)) {
            chain.doFilter(request, response);
            return;
        }
        // the request metrics' uri tag, which MVC's handler mapping would otherwise set
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(observation -> observation.setPathPattern(path));
        byte[] body = request.getInputStream().readNBytes(request.getContentLength());
        try {
            Object check = read(route, body, request);
            ScreeningResult result = route.answer()
                    .check(
                            check,
                            request.getHeader(ScreeningController.PURPOSE),
                            request.getHeader(ScreeningController.LOCATION));
            byte[] json = results.writeValueAsBytes(result);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
        } catch (Exception e) {
            if (exceptions.resolveException(request, response, route.handler(), e) == null) {
                throw new ServletException(e);
            }
        }
    }

    /**
     * Whether MVC would read this request's body as UTF-8 JSON and answer in JSON, and the body is small and of known
     * length: only then is it served here. Everything else is left to MVC, which answers as it always has.
     */
    static boolean plainJsonCheck(HttpServletRequest request) {
        String type = request.getContentType();
        String accept = request.getHeader("Accept");
        long length = request.getContentLengthLong();
        return "POST".equals(request.getMethod())
                && request.getContextPath().isEmpty()
                && type != null
                && (type.equals("application/json")
                        || type.replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8"))
                && (accept == null || accept.contains("*/*") || accept.contains("application/json"))
                && length >= 0
                && length <= MAX_BODY;
    }

    private static Object read(Route route, byte[] body, HttpServletRequest request) {
        Object check;
        try {
            check = body.length == 0 ? null : route.reader().readValue(body);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "JSON parse error: " + e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
        if (check == null) { // as MVC answers an empty body or a JSON null for a required @RequestBody
            throw new HttpMessageNotReadableException(
                    "Required request body is missing", new ServletServerHttpRequest(request));
        }
        return check;
    }
}
