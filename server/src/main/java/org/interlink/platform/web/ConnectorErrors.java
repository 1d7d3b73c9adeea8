package org.interlink.platform.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.interlink.common.ProblemResponses;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Errors Tomcat answers itself, before the application sees the request (a bad escape or a NUL in the path, a request
 * line or header it cannot parse, a body over a connector limit), as problem+json instead of Tomcat's HTML page. The
 * host's error report valve is replaced by {@link ProblemReportValve}; errors the application raises still go to
 * {@code /error} ({@link ErrorEndpoint}).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Runs after Spring Boot's customizer, which adds its own ErrorReportValve to the host: that one is removed.
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Reports an error nothing else answered as problem+json: never a stack trace, never the server's version. */
    public static final class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String extra = status == 400
                    ? ",\"errors\":[{\"field\":\"request\",\"message\":"
                            + ProblemResponses.quote("is not a valid HTTP request (its path, an escape in it, or a"
                                    + " header could not be read)")
                            + "}]"
                    : "";
            String detail = status == 400 ? "request is not a valid HTTP request" : title;
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":" + ProblemResponses.quote(title) + ",\"status\":"
                            + status + ",\"detail\":" + ProblemResponses.quote(detail) + extra + "}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was committed meanwhile: nothing more can be said.
            }
        }
    }
}
