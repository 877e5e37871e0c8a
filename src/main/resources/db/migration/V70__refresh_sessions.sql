-- Sessions of the identity module: one row per login, shared by the access and refresh tokens it issued (their
-- `sid` claim). Refresh tokens rotate: only the session's current token id may be used, once; presenting an older
-- one means it was stolen or replayed, and the whole session is revoked (RFC 9700, refresh token rotation).
CREATE TABLE refresh_sessions (
    id             uuid PRIMARY KEY,
    user_id        bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    current_jti    uuid        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    rotated_at     timestamptz,
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason varchar(32)
);

-- Revoking every session of a user (password change, disabling) finds them by user.
CREATE INDEX refresh_sessions_user ON refresh_sessions (user_id) WHERE revoked_at IS NULL;

-- A disabled user cannot log in, and tokens already issued stop at once (each request reads this column).
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
