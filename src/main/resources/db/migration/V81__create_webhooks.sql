-- Webhook subscriptions and their deliveries. A delivery row is written in the transaction of the event that
-- caused it (the analysis store, the failure mark), so a crash loses none; instances claim due rows with
-- FOR UPDATE SKIP LOCKED and a lease, so each is sent by one instance at a time and retried after a crash.
CREATE TABLE webhooks (
    webhook_id      uuid PRIMARY KEY,
    url             text        NOT NULL,
    events          text[]      NOT NULL,
    -- needed in clear to sign (HMAC), so it is as sensitive as the database itself
    secret          text        NOT NULL,
    created_by      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    failing_since   timestamptz,
    disabled_at     timestamptz,
    disabled_reason text
);

CREATE TABLE webhook_deliveries (
    delivery_id      uuid PRIMARY KEY,
    webhook_id       uuid        NOT NULL REFERENCES webhooks ON DELETE CASCADE,
    event_id         uuid        NOT NULL,
    event            text        NOT NULL,
    -- the exact body, fixed when queued: every retry signs and sends the same bytes
    payload          text        NOT NULL,
    state            text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    claimed_by       uuid,
    claim_expires_at timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    delivered_at     timestamptz
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_of_webhook ON webhook_deliveries (webhook_id, created_at DESC);
