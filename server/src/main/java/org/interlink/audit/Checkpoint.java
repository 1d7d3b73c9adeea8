package org.interlink.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement that the audit log {@code log} held {@code size} entries whose RFC 9162 Merkle tree has root
 * {@code root} (64 hex digits) at {@code time} (ISO 8601 UTC). The signature (Base64, Ed25519) covers {@link
 * #signedText()}; {@code keyId} names the key (the first 16 hex digits of SHA-256 over its X.509 encoding).
 *
 * <p>Example: {@code {"log": "5f0c…", "size": 1200, "root": "9a3e…", "time": "2026-12-07T14:00:05Z", "keyId":
 * "1c2d…", "signature": "…"}}.
 */
public record Checkpoint(String log, long size, String root, String time, String keyId, String signature) {

    /** The exact bytes signed: one field a line, each named, so no two checkpoints sign the same text. */
    public String signedText() {
        return "interlink audit checkpoint v1\n" + "log " + log + "\n" + "size " + size + "\n" + "root " + root + "\n"
                + "time " + time + "\n";
    }

    /** Whether the signature is this key's over {@link #signedText()}. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    byte[] rootBytes() {
        return HexFormat.of().parseHex(root);
    }

    /** The key id of a public key: the first 16 hex digits of SHA-256 over its X.509 encoding. */
    static String keyIdOf(PublicKey key) {
        return HexFormat.of()
                .formatHex(MerkleTree.sha256().digest(key.getEncoded()))
                .substring(0, 16);
    }
}
