package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Hashing never runs on a request's virtual thread, where it would hold a carrier thread no one can preempt. */
class PasswordsTest {

    @Test
    void aComparisonAskedOnAVirtualThreadIsHashedOnAPlatformThread() throws Exception {
        AtomicReference<Thread> hashedOn = new AtomicReference<>();
        PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Passwords.Counted passwords = new Passwords.Counted(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashedOn.set(Thread.currentThread());
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashedOn.set(Thread.currentThread());
                return bcrypt.matches(raw, encoded);
            }
        });
        String hash = passwords.encode("a secret");
        assertThat(hashedOn.get().isVirtual()).isFalse();

        boolean[] answers = new boolean[2];
        Thread request = Thread.ofVirtual().start(() -> {
            answers[0] = passwords.matches("a secret", hash);
            answers[1] = passwords.matches("a wrong one", hash);
        });
        request.join();
        assertThat(answers).containsExactly(true, false);
        assertThat(hashedOn.get().isVirtual())
                .as("hashed on %s", hashedOn.get())
                .isFalse();
        assertThat(hashedOn.get().getName()).startsWith("password-hashing-");
        assertThat(passwords.comparisons()).isEqualTo(2);
    }
}
