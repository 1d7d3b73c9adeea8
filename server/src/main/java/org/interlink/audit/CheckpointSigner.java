package org.interlink.audit;

import java.security.PublicKey;

/**
 * Signs checkpoints with a key that is not in the database, so that whoever controls the database cannot sign a
 * rewritten log. {@link KeyFileSigner} keeps an Ed25519 key in a file; a key management service can take its place
 * by providing another bean of this type.
 */
public interface CheckpointSigner {

    /** An Ed25519 signature over {@code message}. */
    byte[] sign(byte[] message);

    /** The key that verifies the signatures. */
    PublicKey publicKey();
}
