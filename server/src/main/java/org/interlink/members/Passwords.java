package org.interlink.members;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords and client secrets are hashed: bcrypt, behind a prefix that lets the algorithm change later. The
 * comparisons are counted ({@code interlink.password.comparisons}): each costs about 100 ms of CPU, so a rise without
 * more sign-ins or tokens is someone guessing.
 *
 * <p>Hashing runs on platform threads of its own, at most half the cores at once ({@link Counted#HASHING}), never on
 * the request's virtual thread: the JVM does not preempt virtual threads, so a burst of bcrypt work (wrong secrets
 * sent to {@code /oauth2/token} by many senders at once, each client's first five before it locks) held every carrier
 * thread and stopped every other request, document checks included, for seconds. On threads of their own the hashes
 * queue behind each other and share the CPU with the rest by the operating system's scheduling.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

    @Bean
    PasswordEncoder passwordEncoder(ObjectProvider<MeterRegistry> meters) {
        Counted encoder = new Counted(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        meters.ifAvailable(
                registry -> FunctionCounter.builder("interlink.password.comparisons", encoder, Counted::comparisons)
                        .description("Password and client secret comparisons (bcrypt)")
                        .register(registry));
        return encoder;
    }

    /** A password encoder that counts its comparisons and hashes on {@link #HASHING}. */
    static final class Counted implements PasswordEncoder {

        /** The platform threads that hash: half the cores (at least one), so hashing never takes the whole machine. */
        static final ExecutorService HASHING = Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                Thread.ofPlatform().name("password-hashing-", 0).daemon(true).factory());

        private final PasswordEncoder real;
        private final LongAdder comparisons = new LongAdder();

        Counted(PasswordEncoder real) {
            this.real = real;
        }

        private static <T> T hashing(Callable<T> work) {
            try {
                return HASHING.submit(work).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        long comparisons() {
            return comparisons.sum();
        }

        @Override
        public String encode(CharSequence raw) {
            return hashing(() -> real.encode(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.increment();
            return hashing(() -> real.matches(raw, encoded));
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return real.upgradeEncoding(encoded);
        }
    }
}
