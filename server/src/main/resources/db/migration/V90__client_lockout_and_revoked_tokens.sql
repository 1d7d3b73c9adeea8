-- Machine clients lock after repeated failed secrets, like people (members.ClientLockout); the lock lives here so
-- that every node agrees.
ALTER TABLE clients
    ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN locked_until    timestamptz;

-- Access tokens revoked before they expire (RFC 7009, POST /oauth2/revoke), by their jti. Every node reads this list
-- (members.RevokedTokens); a row is useless once its token has expired, and is swept then.
CREATE TABLE revoked_tokens (
    jti        text        PRIMARY KEY,
    client_id  text        NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX revoked_tokens_expires_at ON revoked_tokens (expires_at);
