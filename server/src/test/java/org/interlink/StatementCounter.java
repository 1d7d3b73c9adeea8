package org.interlink;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Test instrument: the SQL statements one HTTP request executes on the thread that serves it. A request carrying the
 * header {@value #HEADER} (any token) is recorded under that token, from before authentication to the end of the
 * response; {@link #statements} answers what it executed, one entry per execution (a JDBC batch counts once). The
 * audit journal's append runs on the journal's own thread and is not in the list.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StatementCounter implements BeanPostProcessor, Filter {

    public static final String HEADER = "X-Test-Count-Statements";

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private final Map<String, List<String>> recorded = new ConcurrentHashMap<>();

    /** The statements the request sent with this token executed, in order; empty when none was recorded. */
    public List<String> statements(String token) {
        return List.copyOf(recorded.getOrDefault(token, List.of()));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());
        recorded.put(token, statements);
        RECORDING.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            RECORDING.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, null);
        }
        return bean;
    }

    /** Wraps connections and statements; records each execute* call of a statement made on a recording thread. */
    private static <T> T proxy(Class<T> type, Object target, String sql) {
        InvocationHandler handler = (self, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                List<String> statements = RECORDING.get();
                if (statements != null) {
                    statements.add(
                            arguments != null && arguments.length > 0 && arguments[0] instanceof String text
                                    ? text
                                    : String.valueOf(sql));
                }
            }
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection, null);
            }
            String prepared =
                    arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text : null;
            if (result instanceof CallableStatement statement) {
                return proxy(CallableStatement.class, statement, prepared);
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement, prepared);
            }
            if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                return proxy(Statement.class, statement, null);
            }
            return result;
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
