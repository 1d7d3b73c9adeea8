package org.interlink.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.interlink.common.NoExternalDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.context.WebApplicationContext;

/**
 * The key that encrypts attachments at rest: {@code interlink.messaging.attachment-key}, Base64 of 32 random bytes
 * (e.g. {@code openssl rand -base64 32}), the same on every node. Production must configure it (from a secret store);
 * with an external database and no key, Interlink refuses to start. Only with the embedded database (single node, demo)
 * is a key generated on first start and kept in {@code DATA_DIR/secrets/attachment.key}, readable by the owner only.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentKey {

    static final String PROPERTY = "interlink.messaging.attachment-key";
    private static final Logger log = LoggerFactory.getLogger(AttachmentKey.class);

    @Bean
    AttachmentCipher attachmentCipher(Environment environment, ApplicationContext context) throws IOException {
        String configured = environment.getProperty(PROPERTY, "");
        if (!configured.isBlank()) {
            return new AttachmentCipher(decode(configured.trim()));
        }
        if (!NoExternalDatabase.isEmbedded(environment)) {
            String missing = PROPERTY + " must be set (Base64 of 32 random bytes, the same on every node) when an"
                    + " external database is used: attachments are encrypted with it";
            if (context instanceof WebApplicationContext) {
                throw new IllegalStateException(missing);
            }
            // A command-line run (e.g. verify-audit) never touches attachments: it may run without the key.
            return AttachmentCipher.unavailable(missing);
        }
        Path file = Path.of(environment.getProperty("interlink.data-dir", "./data"), "secrets", "attachment.key")
                .toAbsolutePath()
                .normalize();
        if (Files.exists(file)) {
            return new AttachmentCipher(
                    decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict the permissions of {}", file);
        }
        // Expected on an embedded database's first start, so not a warning: with an external database the key is
        // required and the start fails without it.
        log.info(
                "Generated an attachment encryption key in {} (embedded mode; with an external database set {})",
                file,
                PROPERTY);
        return new AttachmentCipher(key);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not valid Base64");
        }
    }
}
