package org.interlink.cyber;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.interlink.common.SecretKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * TAXII {@code next} cursors: the position after the last object of a page ({@code date_added}, then the row's
 * unique key), encrypted and authenticated with AES-256-GCM, so a cursor tells nothing (not even how many rows the
 * database holds) and cannot be forged or moved to another collection or endpoint. The key is {@code
 * interlink.cyber.taxii-cursor-key} (Base64 of 32 bytes, the same on every node), generated and kept in the data
 * directory with the embedded database; without either, a key lives as long as the process, and a cursor of an earlier
 * start is refused as invalid (the client resumes with {@code added_after}).
 */
@Component
class TaxiiCursors {

    private static final Logger log = LoggerFactory.getLogger(TaxiiCursors.class);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    /** Where a page ended. */
    record Position(Instant dateAdded, long rowId) {}

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TaxiiCursors(Environment environment) throws IOException {
        byte[] bytes = SecretKeys.configuredOrEmbedded(
                        environment, "interlink.cyber.taxii-cursor-key", "taxii-cursor.key")
                .orElseGet(() -> {
                    log.info("No interlink.cyber.taxii-cursor-key: TAXII cursors last as long as this process");
                    byte[] generated = new byte[32];
                    new SecureRandom().nextBytes(generated);
                    return generated;
                });
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** The cursor of a position, bound to {@code scope} (the collection and endpoint it pages). */
    String encode(Position position, String scope) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            long micros = Math.addExact(
                    Math.multiplyExact(position.dateAdded().getEpochSecond(), 1_000_000L),
                    position.dateAdded().getNano() / 1_000);
            byte[] plain = ByteBuffer.allocate(16)
                    .putLong(micros)
                    .putLong(position.rowId())
                    .array();
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, scope);
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position of a cursor this server gave for the same scope, else a 400 naming {@code next}. */
    Position decode(String cursor, String scope) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != NONCE + 16 + TAG_BITS / 8) {
                throw invalid();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            byte[] nonce = new byte[NONCE];
            buffer.get(nonce);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            ByteBuffer plain =
                    ByteBuffer.wrap(cipher(Cipher.DECRYPT_MODE, nonce, scope).doFinal(sealed));
            long micros = plain.getLong();
            return new Position(
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000),
                    plain.getLong());
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw invalid();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String scope) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(scope.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static TaxiiException invalid() {
        return TaxiiException.invalid("next", "is not a cursor this server gave for this request");
    }
}
