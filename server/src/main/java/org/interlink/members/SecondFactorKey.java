package org.interlink.members;

import java.io.IOException;
import org.interlink.common.SecretKeys;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key that seals TOTP secrets: {@code interlink.members.second-factor-key}, Base64 of 32 random bytes, the same on
 * every node, from a secret store. With an external database and no key, Interlink refuses to start; with the embedded
 * database a key is generated on first start in {@code DATA_DIR/secrets/second-factor.key}.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorKey {

    static final String PROPERTY = "interlink.members.second-factor-key";

    @Bean
    SecretSealer secretSealer(Environment environment, ApplicationContext context) throws IOException {
        String use = "TOTP secrets are sealed with it";
        return SecretKeys.forStart(environment, context, PROPERTY, "second-factor.key", use)
                .map(SecretSealer::of)
                .orElseGet(() -> SecretSealer.unavailable(SecretKeys.missing(PROPERTY, use)));
    }
}
