package org.interlink.members;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals TOTP secrets at rest with AES-256-GCM: a random 12-byte nonce, then the ciphertext and its tag, with the user
 * name as associated data, so a sealed secret copied to another person's row does not open. The key is never in the
 * database ({@link SecondFactorKey}).
 */
final class SecretSealer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final byte @Nullable [] key;
    private final String unavailable;

    private SecretSealer(byte @Nullable [] key, String unavailable) {
        this.key = key;
        this.unavailable = unavailable;
    }

    /** @param key 32 bytes */
    static SecretSealer of(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the second-factor key must be 256 bits (32 bytes)");
        }
        return new SecretSealer(key.clone(), "");
    }

    /** No key is configured: every use fails with the reason (command-line runs that never sign anyone in). */
    static SecretSealer unavailable(String reason) {
        return new SecretSealer(null, reason);
    }

    byte[] seal(String username, byte[] secret) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, username, nonce, secret);
        byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE, sealed.length);
        return out;
    }

    /** @throws IllegalStateException when the sealed secret was altered, moved to another user or sealed with another key */
    byte[] open(String username, byte[] sealed) {
        return run(
                Cipher.DECRYPT_MODE,
                username,
                Arrays.copyOf(sealed, NONCE),
                Arrays.copyOfRange(sealed, NONCE, sealed.length));
    }

    private byte[] run(int mode, String username, byte[] nonce, byte[] input) {
        if (key == null) {
            throw new IllegalStateException(unavailable);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a TOTP secret does not open with the configured second-factor key", e);
        }
    }
}
