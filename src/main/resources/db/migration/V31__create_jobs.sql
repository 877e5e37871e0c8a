-- Background jobs that users start or wait on (the analytics recalculation first), with a state they can read
-- at GET /api/v1/jobs/{id}. Owned by the jobs module; the work itself runs on db-scheduler's scheduled_tasks.
CREATE TABLE jobs (
    job_id       uuid         PRIMARY KEY,
    kind         varchar(64)  NOT NULL,
    state        varchar(16)  NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    -- the user who started it; null for scheduled runs
    requested_by varchar(50),
    attempts     integer      NOT NULL DEFAULT 0,
    detail       text,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
