package org.interlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop by signal is a normal exit: a JVM that installed {@link StopSignals} and is sent SIGTERM (what {@code kill}, a
 * service manager or an IDE's stop button send) exits with status 0, where the JVM's own handling gives 143 and
 * {@code spring-boot:run} then reports {@code BUILD FAILURE}.
 */
class StopSignalsTest {

    @Test
    void aStopBySigtermExitsWithStatusZero() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process server = new ProcessBuilder(java, "-cp", classPath, Stoppable.class.getName())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = server.inputReader()) {
            assertThat(output.readLine()).isEqualTo("ready");
            server.destroy(); // SIGTERM on Linux
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertThat(server.exitValue()).isZero();
    }

    /** A process that installs the handlers, says so, and waits to be stopped. */
    public static final class Stoppable {

        public static void main(String[] args) throws InterruptedException {
            StopSignals.exitNormallyOnStop();
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(60_000);
            System.exit(3); // not stopped: a status the test refuses
        }
    }
}
