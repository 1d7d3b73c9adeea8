-- WebAuthn passkeys, a second factor beside TOTP, registered by an enrolled person. A reset of the person's second
-- factor removes them with the TOTP secret.
CREATE TABLE passkeys (
    credential_id            bytea       PRIMARY KEY,
    username                 text        NOT NULL REFERENCES second_factors (username) ON DELETE CASCADE,
    attested_credential_data bytea       NOT NULL,  -- AAGUID, credential id and COSE public key (WebAuthn §6.5.2)
    sign_count               bigint      NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX passkeys_username ON passkeys (username);
