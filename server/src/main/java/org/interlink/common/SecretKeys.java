package org.interlink.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.context.WebApplicationContext;

/**
 * A 256-bit key that encrypts something at rest: the property's value (Base64 of 32 random bytes, e.g. {@code openssl
 * rand -base64 32}, the same on every node, from a secret store), or, only with the embedded database (single node,
 * demo), a key generated on first start and kept in {@code DATA_DIR/secrets/FILE}, readable by the owner only. With an
 * external database and no property there is no key: the caller decides whether that stops the start.
 */
public final class SecretKeys {

    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

    private SecretKeys() {}

    /**
     * The key for this start. A web application without one fails to start; a command-line run (e.g. {@code
     * verify-audit}), which never uses it, gets empty.
     *
     * @param use what the key does, for the message, e.g. {@code "attachments are encrypted with it"}
     */
    public static Optional<byte[]> forStart(
            Environment environment, ApplicationContext context, String property, String fileName, String use)
            throws IOException {
        Optional<byte[]> key = configuredOrEmbedded(environment, property, fileName);
        if (key.isEmpty() && context instanceof WebApplicationContext) {
            throw new IllegalStateException(missing(property, use));
        }
        return key;
    }

    /** Why a key is missing with an external database. */
    public static String missing(String property, String use) {
        return property + " must be set (Base64 of 32 random bytes, the same on every node) when an external database"
                + " is used: " + use;
    }

    public static Optional<byte[]> configuredOrEmbedded(Environment environment, String property, String fileName)
            throws IOException {
        String configured = environment.getProperty(property, "");
        if (!configured.isBlank()) {
            return Optional.of(decode(property, configured.trim()));
        }
        if (!NoExternalDatabase.isEmbedded(environment)) {
            return Optional.empty();
        }
        Path file = Path.of(environment.getProperty("interlink.data-dir", "./data"), "secrets", fileName)
                .toAbsolutePath()
                .normalize();
        if (Files.exists(file)) {
            return Optional.of(decode(
                    property, Files.readString(file, StandardCharsets.US_ASCII).trim()));
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
        log.info("Generated a key in {} (embedded mode; with an external database set {})", file, property);
        return Optional.of(key);
    }

    private static byte[] decode(String property, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid Base64");
        }
    }
}
