-- A person's second factor (docs/ARCHITECTURE.md, "Security decisions"): the TOTP secret, sealed with AES-256-GCM under
-- a key that is not in the database (interlink.members.second-factor-key), the last time step accepted (a code is
-- accepted once), and the recovery codes as SHA-256 hashes. No row: the person enrols at the next sign-in.
CREATE TABLE second_factors (
    username     text        PRIMARY KEY REFERENCES users (username) ON DELETE CASCADE,
    totp_secret  bytea       NOT NULL,   -- nonce (12 bytes) || AES-GCM ciphertext and tag; the user name is the AAD
    last_step    bigint      NOT NULL,   -- the last 30-second step whose code was accepted
    enrolled_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE recovery_codes (
    username  text        NOT NULL REFERENCES second_factors (username) ON DELETE CASCADE,
    code_hash text        NOT NULL,     -- hex SHA-256 of the code without its dash
    used_at   timestamptz,
    PRIMARY KEY (username, code_hash)
);
