package org.interlink.messaging;

import java.io.IOException;
import org.interlink.common.SecretKeys;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key that encrypts attachments at rest: {@code interlink.messaging.attachment-key}, Base64 of 32 random bytes
 * (e.g. {@code openssl rand -base64 32}), the same on every node. Production must configure it (from a secret store);
 * with an external database and no key, Interlink refuses to start. Only with the embedded database (single node, demo)
 * is a key generated on first start and kept in {@code DATA_DIR/secrets/attachment.key}, readable by the owner only.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentKey {

    static final String PROPERTY = "interlink.messaging.attachment-key";

    @Bean
    AttachmentCipher attachmentCipher(Environment environment, ApplicationContext context) throws IOException {
        String use = "attachments are encrypted with it";
        // A command-line run (e.g. verify-audit) never touches attachments: it may run without the key.
        return SecretKeys.forStart(environment, context, PROPERTY, "attachment.key", use)
                .map(AttachmentCipher::new)
                .orElseGet(() -> AttachmentCipher.unavailable(SecretKeys.missing(PROPERTY, use)));
    }
}
