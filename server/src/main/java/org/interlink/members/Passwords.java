package org.interlink.members;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
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

    /** A password encoder that counts its comparisons. */
    static final class Counted implements PasswordEncoder {
        private final PasswordEncoder real;
        private final LongAdder comparisons = new LongAdder();

        Counted(PasswordEncoder real) {
            this.real = real;
        }

        long comparisons() {
            return comparisons.sum();
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.increment();
            return real.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return real.upgradeEncoding(encoded);
        }
    }
}
