package org.interlink.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What {@code /v3/api-docs} says beyond the controllers' signatures: the media types each operation really answers
 * (a wildcard type is never what a client gets), the values a path variable admits, and the errors, all
 * {@code application/problem+json} with the {@code ProblemDetail} schema: 400 (naming the field), 401 and 403 on
 * {@code /api}, 404, 409 on writes, 412 and 428 where {@code If-Match} is taken, 413 where a body is taken, 429 on
 * {@code /public}, and 503 (load shedding, or an audit row that could not be made durable).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiErrors {

    static final String PROBLEM = "application/problem+json";
    private static final Pattern ALTERNATIVES = Pattern.compile("\\{(\\w+):([\\w-]+(?:\\|[\\w-]+)+)}");

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(400, "Invalid input: `errors` names each bad field (JSON path, parameter or header)"),
            Map.entry(401, "No valid bearer token"),
            Map.entry(
                    403,
                    "The token's client may not do this (e.g. not the issuing country, not the General"
                            + " Secretariat)"),
            Map.entry(404, "No such item, or one the caller may not see (the two answer alike)"),
            Map.entry(409, "Conflicts with the current state (e.g. a duplicate, a step out of order, an older list)"),
            Map.entry(412, "If-Match names an older version: read the item again"),
            Map.entry(413, "The body is over its limit"),
            Map.entry(428, "If-Match with the item's ETag is required"),
            Map.entry(429, "Too many requests from this address: retry after `Retry-After` seconds"),
            Map.entry(
                    503,
                    "Overloaded, or the audit row could not be recorded: nothing was done; retry after"
                            + " `Retry-After`"));

    /** Path variables limited to a few words get them as an enum; answers of unstated type get their real one. */
    @Bean
    OperationCustomizer realMediaTypes() {
        return (operation, handler) -> {
            enumeratePathVariables(operation, handler);
            ApiResponses responses = operation.getResponses();
            if (responses == null) {
                return operation;
            }
            for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
                if (response.getKey().startsWith("2")) {
                    response.setValue(realContent(response.getValue(), handler));
                }
            }
            return operation;
        };
    }

    /** Every operation's errors, and the ProblemDetail schema they use. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> addErrors(path, method, operation)));
        };
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        List<Integer> codes = new ArrayList<>(List.of(400, 404));
        boolean api = path.startsWith("/api/");
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (api) {
            codes.addAll(List.of(401, 403));
        } else if (path.startsWith("/public/")) {
            codes.add(429);
        }
        if (write) {
            codes.add(409);
        }
        if (takesHeader(operation, "If-Match")) {
            codes.addAll(List.of(412, 428));
        }
        if (operation.getRequestBody() != null) {
            codes.add(413);
        }
        codes.add(503);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        codes.stream()
                .sorted()
                .forEach(code -> responses.computeIfAbsent(
                        String.valueOf(code),
                        c -> new ApiResponse()
                                .description(MEANINGS.get(code))
                                .content(new Content()
                                        .addMediaType(
                                                PROBLEM,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/ProblemDetail"))))));
        // An error some controller already documented also gets the problem+json body.
        responses.forEach((code, response) -> {
            if (!code.startsWith("2") && !code.startsWith("3") && response.get$ref() == null) {
                Content content = response.getContent() == null ? new Content() : response.getContent();
                content.remove("*/*");
                content.putIfAbsent(
                        PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
                response.setContent(content);
            }
        });
        operation.setResponses(responses);
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    @SuppressWarnings("rawtypes")
    static Schema problemSchema() {
        Schema fieldError = new ObjectSchema()
                .addProperty(
                        "field",
                        new StringSchema()
                                .description(
                                        "JSON path of the field, or the parameter or" + " header, e.g. names[0].value"))
                .addProperty("message", new StringSchema().description("what is wrong with it"));
        return new ObjectSchema()
                .description("RFC 9457 problem details: every error the API answers")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("names[0].value must not be blank"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("for 400: each bad field"))
                .required(List.of("type", "title", "status"));
    }

    /**
     * A success answer's media types: what the mapping declares to produce, else JSON for a value the converters
     * write as JSON, or for raw bytes the types such an operation serves.
     */
    private static ApiResponse realContent(ApiResponse response, HandlerMethod handler) {
        Content content = response.getContent();
        if (content != null && !content.isEmpty() && !content.containsKey("*/*")) {
            return response;
        }
        Schema<?> schema = content == null || content.get("*/*") == null
                ? null
                : content.get("*/*").getSchema();
        Class<?> body = bodyType(handler);
        List<String> produces = produces(handler);
        Content real = new Content();
        if (!produces.isEmpty()) {
            produces.forEach(type -> real.addMediaType(type, new MediaType().schema(schema)));
        } else if (body == Void.class || body == void.class) {
            return response.content(null);
        } else if (body == byte[].class
                || Resource.class.isAssignableFrom(body)
                || StreamingResponseBody.class.isAssignableFrom(body)) {
            for (String type : binaryTypes(handler)) {
                real.addMediaType(type, new MediaType().schema(new StringSchema().format("binary")));
            }
        } else {
            real.addMediaType(
                    org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(schema));
        }
        return response.content(real);
    }

    private static List<String> produces(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null ? List.of() : Arrays.asList(mapping.produces());
    }

    /** Bytes served raw: images for photos, PDF for printable notices, any stored type for attachments. */
    private static List<String> binaryTypes(HandlerMethod handler) {
        String name = handler.getMethod().getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("photo") || name.contains("image")) {
            return List.of("image/jpeg", "image/png");
        }
        if (name.contains("pdf")) {
            return List.of("application/pdf");
        }
        return List.of("application/octet-stream");
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (ResponseEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        Class<?> resolved = type.resolve();
        return resolved == null ? Object.class : resolved;
    }

    private static void enumeratePathVariables(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (String pattern : patterns(handler)) {
            Matcher m = ALTERNATIVES.matcher(pattern);
            while (m.find()) {
                alternatives.put(m.group(1), List.of(m.group(2).split("\\|")));
            }
        }
        for (Parameter parameter : operation.getParameters()) {
            List<String> values = alternatives.get(parameter.getName());
            if ("path".equals(parameter.getIn()) && values != null) {
                parameter.setSchema(new StringSchema()._enum(values));
            }
        }
    }

    private static List<String> patterns(HandlerMethod handler) {
        List<String> patterns = new ArrayList<>();
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        for (RequestMapping mapping : new RequestMapping[] {type, method}) {
            if (mapping != null) {
                patterns.addAll(Arrays.asList(mapping.path()));
            }
        }
        return patterns;
    }
}
