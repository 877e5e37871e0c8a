-- The analysis pipeline (calls module): raw calls are stored with status 'pending' together with a row in
-- analysis_tasks, in one transaction, so nothing accepted can be lost; workers claim tasks in batches.
ALTER TABLE calls
    -- utterances as posted ({speaker, text, start_ms, end_ms}); the transcript column keeps their text form
    ADD COLUMN utterances     jsonb,
    -- SHA-256 of the posted content: a re-post with the same hash is the same call, another hash is a conflict
    ADD COLUMN content_hash   bytea,
    -- how many analyses were stored for this call (1 after the first, +1 per re-analysis): proves exactly-once
    ADD COLUMN analysis_count int NOT NULL DEFAULT 0;

UPDATE calls SET analysis_count = 1 WHERE analysis_status = 'analyzed';

CREATE TABLE analysis_tasks (
    call_id      varchar(64) PRIMARY KEY REFERENCES calls (call_id) ON DELETE CASCADE,
    enqueued_at  timestamptz NOT NULL DEFAULT now(),
    -- not claimable before this instant: now() when queued, the lease end while claimed, the backoff end
    -- after a failed attempt; a crashed worker's claim therefore expires by itself
    available_at timestamptz NOT NULL DEFAULT now(),
    attempts     int         NOT NULL DEFAULT 0,
    -- the claim (one per claimed batch) that may store this task's result; null while queued
    claim        uuid,
    last_error   text
);

-- serves: claiming the next batch (WHERE available_at <= now() ORDER BY available_at LIMIT n FOR UPDATE SKIP LOCKED)
CREATE INDEX analysis_tasks_available_idx ON analysis_tasks (available_at);
