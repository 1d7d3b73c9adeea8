package org.interlink.members;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA key pair that signs access tokens. Kept in the database so every node of a cluster signs and verifies with
 * the same key, and tokens stay valid across restarts until they expire.
 */
@Component
class SigningKeys {

    private final RSAKey key;

    SigningKeys(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.key = transactions.execute(status -> loadOrCreate(jdbc));
    }

    RSAKey key() {
        return key;
    }

    JWKSet jwkSet() {
        return new JWKSet(key);
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey loadOrCreate(JdbcTemplate jdbc) {
        // Serialise first starts of several nodes on an empty database: one of them creates the key.
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", 0x5161_4E1EL);
        List<RSAKey> keys = jdbc.query(
                "SELECT key_id, private_key, public_key FROM signing_keys ORDER BY created_at DESC LIMIT 1",
                (rs, n) -> toKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3)));
        if (!keys.isEmpty()) {
            return keys.getFirst();
        }
        KeyPair pair = generate();
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO signing_keys (key_id, private_key, public_key) VALUES (?, ?, ?)",
                id,
                pair.getPrivate().getEncoded(),
                pair.getPublic().getEncoded());
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(id)
                .build();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has RSA", e);
        }
    }

    private static RSAKey toKey(String id, byte[] privateKey, byte[] publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
            RSAPrivateKey priv = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            return new RSAKey.Builder(pub).privateKey(priv).keyID(id).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the stored signing key cannot be read", e);
        }
    }
}
