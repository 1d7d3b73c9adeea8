package org.interlink.members;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.interlink.common.ProblemResponses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * WebAuthn passkeys as a second factor (W3C Web Authentication Level 2, verified with webauthn4j): an enrolled person
 * registers one; at sign-in, after the password, the browser signs a fresh challenge with it. The relying party is the
 * host the person reached Interlink on; no attestation is asked for (a passkey proves possession, not its maker).
 */
@Component
class Passkeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter credentials = new AttestedCredentialDataConverter(converter);

    Passkeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a ceremony runs: the page's origin and the relying party id (its host). */
    record Site(String origin, String rpId) {}

    static byte[] newChallenge() {
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        return challenge;
    }

    boolean any(String username) {
        return count(username) > 0;
    }

    int count(String username) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM passkeys WHERE username = ?", Long.class, username);
        return n == null ? 0 : n.intValue();
    }

    /** PublicKeyCredentialCreationOptions as JSON ({@code PublicKeyCredential.parseCreationOptionsFromJSON}). */
    String creationOptions(String username, byte[] challenge, Site site) {
        return "{\"challenge\":" + quote(URL.encodeToString(challenge))
                + ",\"rp\":{\"name\":\"Interlink\",\"id\":" + quote(site.rpId()) + "}"
                + ",\"user\":{\"id\":" + quote(URL.encodeToString(username.getBytes(StandardCharsets.UTF_8)))
                + ",\"name\":" + quote(username) + ",\"displayName\":" + quote(username) + "}"
                + ",\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7},{\"type\":\"public-key\",\"alg\":-257}]"
                + ",\"timeout\":120000,\"attestation\":\"none\""
                + ",\"authenticatorSelection\":{\"residentKey\":\"preferred\",\"userVerification\":\"preferred\"}"
                + ",\"excludeCredentials\":" + descriptors(username) + "}";
    }

    /** PublicKeyCredentialRequestOptions as JSON ({@code PublicKeyCredential.parseRequestOptionsFromJSON}). */
    String requestOptions(String username, byte[] challenge, Site site) {
        return "{\"challenge\":" + quote(URL.encodeToString(challenge)) + ",\"rpId\":" + quote(site.rpId())
                + ",\"timeout\":120000,\"userVerification\":\"preferred\",\"allowCredentials\":"
                + descriptors(username) + "}";
    }

    /**
     * Verifies a registration response (the credential's JSON) against the challenge and stores the passkey.
     *
     * @throws RuntimeException when it does not verify (webauthn4j's conversion or verification exceptions)
     */
    void register(String username, String responseJson, byte[] challenge, Site site) {
        RegistrationData data = manager.verifyRegistrationResponseJSON(
                responseJson, new RegistrationParameters(server(challenge, site), null, false, true));
        var authenticator = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticator.getAttestedCredentialData();
        jdbc.update(
                "INSERT INTO passkeys (credential_id, username, attested_credential_data, sign_count)"
                        + " VALUES (?, ?, ?, ?)",
                credential.getCredentialId(),
                username,
                credentials.convert(credential),
                authenticator.getSignCount());
    }

    /**
     * Whether the assertion (the credential's JSON) is this person's passkey signing the challenge; when it is, its
     * signature counter is kept. Run under the user's row lock (the sign-in's transaction).
     */
    boolean verify(String username, String responseJson, byte[] challenge, Site site) {
        AuthenticationData data;
        try {
            data = manager.parseAuthenticationResponseJSON(responseJson);
        } catch (RuntimeException e) {
            return false;
        }
        List<Stored> found = jdbc.query(
                "SELECT attested_credential_data, sign_count FROM passkeys WHERE credential_id = ? AND username = ?",
                (rs, n) -> new Stored(rs.getBytes(1), rs.getLong(2)),
                data.getCredentialId(),
                username);
        if (found.isEmpty()) {
            return false;
        }
        CredentialRecordImpl record = new CredentialRecordImpl(
                null,
                null,
                null,
                null,
                found.getFirst().signCount(),
                credentials.convert(found.getFirst().attestedCredentialData()),
                null,
                null,
                null,
                null);
        try {
            manager.verify(
                    data,
                    new AuthenticationParameters(
                            server(challenge, site), record, List.of(data.getCredentialId()), false, true));
        } catch (RuntimeException e) {
            return false;
        }
        jdbc.update(
                "UPDATE passkeys SET sign_count = ? WHERE credential_id = ?",
                data.getAuthenticatorData().getSignCount(),
                data.getCredentialId());
        return true;
    }

    private static ServerProperty server(byte[] challenge, Site site) {
        return new ServerProperty(new Origin(site.origin()), site.rpId(), new DefaultChallenge(challenge));
    }

    private String descriptors(String username) {
        return jdbc
                .queryForList("SELECT credential_id FROM passkeys WHERE username = ?", byte[].class, username)
                .stream()
                .map(id -> "{\"type\":\"public-key\",\"id\":" + quote(URL.encodeToString(id)) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String text) {
        return ProblemResponses.quote(text);
    }

    private record Stored(byte[] attestedCredentialData, long signCount) {}
}
