-- The names each agent goes by in transcripts (display name and aliases), set by admins; ingestion reads them to
-- tell the agent among a call's named speakers.
CREATE TABLE agent_directory (
    agent_id     text PRIMARY KEY,
    display_name text        NOT NULL,
    aliases      text[]      NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);
