package org.interlink.platform.web;

import java.lang.reflect.Type;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NulCharacters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;

/**
 * How request bodies are read: a NUL character in any text is refused, naming the field (PostgreSQL text cannot hold
 * it, so it failed the statement with a 500). Bound to records and other values, the JSON mapper's module refuses it;
 * bound to a JSON tree ({@code JsonNode}), {@link TreesWithoutNul} walks the tree.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodies {

    /** Registered with the application's JSON mapper, which binds every request body. */
    @Bean
    JacksonModule nulCharacters() {
        return NulCharacters.module();
    }

    /** A body read as a JSON tree: refused with a 400 naming the first text (value or name) holding a NUL. */
    @RestControllerAdvice
    static class TreesWithoutNul extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(
                MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            return JsonNode.class.isAssignableFrom(
                    ResolvableType.forType(targetType).toClass());
        }

        @Override
        public Object afterBodyRead(
                Object body,
                HttpInputMessage inputMessage,
                MethodParameter parameter,
                Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            if (body instanceof JsonNode tree) {
                String field = NulCharacters.firstIn(tree);
                if (field != null) {
                    throw new InvalidInputException(field.isEmpty() ? "body" : field, NulCharacters.MESSAGE);
                }
            }
            return body;
        }
    }
}
