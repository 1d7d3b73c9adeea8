package org.interlink.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checkpoint key in a file outside the data directory ({@code interlink.audit.signing-key}, default {@code
 * ~/.interlink/audit-signing.key}): the private key as PKCS #8 PEM, readable by its owner only, and the public key as
 * X.509 PEM beside it ({@code audit-signing.key.pub}), which is what auditors are given. Both are created on first
 * start when absent.
 */
@Component
class KeyFileSigner implements CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(KeyFileSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    KeyFileSigner(
            @Value("${interlink.audit.signing-key}") String keyFile,
            @Value("${interlink.data-dir:./data}") String dataDir) {
        Path key = Path.of(keyFile).toAbsolutePath().normalize();
        Outside.dataDirectory(key, dataDir, "interlink.audit.signing-key");
        Path pub = publicKeyFile(key);
        try {
            if (!Files.exists(key)) {
                create(key, pub);
            }
            this.privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(pem(Files.readString(key))));
            this.publicKey = readPublicKey(pub);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key " + key, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the audit signing key " + key + " is not an Ed25519 key", e);
        }
    }

    static Path publicKeyFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    /** Reads an Ed25519 public key: X.509 PEM, or its Base64 alone. */
    static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(pem(Files.readString(file))));
    }

    static String publicKeyPem(PublicKey key) {
        return armour("PUBLIC KEY", key.getEncoded());
    }

    private static void create(Path key, Path pub) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(key.getParent());
        try {
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(key); // not a POSIX file system: the directory's permissions must protect it
        } catch (FileAlreadyExistsException e) {
            return; // another instance created it a moment ago
        }
        Files.writeString(key, armour("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardOpenOption.WRITE);
        Files.writeString(pub, publicKeyPem(pair.getPublic()));
        log.warn(
                "Created the audit checkpoint signing key {} (public key {}): keep it outside the database and its"
                        + " backups, and give the public key to the auditors",
                key,
                pub);
    }

    private static String armour(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pem(String text) {
        return Base64.getMimeDecoder()
                .decode(text.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}
