package org.interlink.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts attachment content at rest with AES-256-GCM, in segments of {@value #SEGMENT} plaintext bytes so neither
 * encryption nor decryption ever holds a whole 25 MB file.
 *
 * <p>The construction is the "STREAM" online AEAD (as in Tink's streaming AEAD): each blob gets its own key, derived
 * from the configured key and a random 16-byte salt with HMAC-SHA256, and a random 7-byte nonce prefix; segment
 * {@code i} is sealed with the nonce {@code prefix ‖ i (4 bytes) ‖ last (1 byte)} and the blob id as associated data.
 * So a segment cannot be altered, reordered, dropped, moved to another blob, nor the blob cut short, without failing
 * authentication.
 */
final class AttachmentCipher {

    static final int SEGMENT = 256 * 1024;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CONTEXT = "interlink attachment v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;
    private final String keyId;
    private final @Nullable String unavailable;

    /** @param key 32 bytes */
    AttachmentCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the attachment key must be 256 bits (32 bytes)");
        }
        this.key = key.clone();
        this.keyId = fingerprint(key);
        this.unavailable = null;
    }

    private AttachmentCipher(String reason) {
        this.key = new byte[0];
        this.keyId = "";
        this.unavailable = reason;
    }

    /** No key is configured: every use fails with the reason (for command-line runs that never need it). */
    static AttachmentCipher unavailable(String reason) {
        return new AttachmentCipher(reason);
    }

    private void checkAvailable() {
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
    }

    /** A short, public fingerprint of the key, stored with each blob so a wrong key is named, not guessed. */
    static String fingerprint(byte[] key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId() {
        return keyId;
    }

    /** The per-blob parameters: fresh random salt and nonce prefix. */
    Sealing seal(UUID blob) {
        checkAvailable();
        byte[] salt = new byte[16];
        byte[] prefix = new byte[7];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(prefix);
        return new Sealing(blob, salt, prefix);
    }

    Sealing open(UUID blob, String blobKeyId, byte[] salt, byte[] prefix) {
        checkAvailable();
        if (!keyId.equals(blobKeyId)) {
            throw new IllegalStateException("attachment " + blob + " was encrypted with key " + blobKeyId
                    + ", not with the configured key " + keyId);
        }
        return new Sealing(blob, salt, prefix);
    }

    /** Seals or opens the segments of one blob. */
    final class Sealing {
        final UUID blob;
        final byte[] salt;
        final byte[] prefix;
        private final SecretKey blobKey;
        private final byte[] aad;

        private Sealing(UUID blob, byte[] salt, byte[] prefix) {
            this.blob = blob;
            this.salt = salt.clone();
            this.prefix = prefix.clone();
            this.blobKey = deriveKey(salt);
            this.aad = ByteBuffer.allocate(16)
                    .putLong(blob.getMostSignificantBits())
                    .putLong(blob.getLeastSignificantBits())
                    .array();
        }

        byte[] encrypt(int index, boolean last, byte[] plaintext, int length) {
            return run(Cipher.ENCRYPT_MODE, index, last, plaintext, length);
        }

        /** @throws IllegalStateException when the segment fails authentication */
        byte[] decrypt(int index, boolean last, byte[] ciphertext) {
            return run(Cipher.DECRYPT_MODE, index, last, ciphertext, ciphertext.length);
        }

        private byte[] run(int mode, int index, boolean last, byte[] input, int length) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                byte[] nonce = ByteBuffer.allocate(12)
                        .put(prefix)
                        .putInt(index)
                        .put((byte) (last ? 1 : 0))
                        .array();
                cipher.init(mode, blobKey, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(aad);
                return cipher.doFinal(input, 0, length);
            } catch (javax.crypto.AEADBadTagException e) {
                throw new IllegalStateException("attachment " + blob + " segment " + index + " failed authentication");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private SecretKey deriveKey(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(CONTEXT);
            return new SecretKeySpec(mac.doFinal(salt), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
