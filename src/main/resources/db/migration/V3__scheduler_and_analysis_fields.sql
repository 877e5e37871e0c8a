-- db-scheduler's table (its PostgreSQL schema for version 16): durable background tasks, claimed with row
-- locks so that with several instances each task instance runs once.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- Every stored analysis takes the next number of this sequence, so readers that derive state from analysed
-- calls (the vector index, caches) can tail "analyzed_seq > last seen" on every instance.
CREATE SEQUENCE calls_analyzed_seq;

ALTER TABLE calls
    ADD COLUMN metrics          jsonb,
    ADD COLUMN analysis_version int,
    ADD COLUMN analyzed_seq     bigint;

UPDATE calls SET analyzed_seq = nextval('calls_analyzed_seq') WHERE analysis_status = 'analyzed';

CREATE UNIQUE INDEX calls_analyzed_seq_idx ON calls (analyzed_seq) WHERE analyzed_seq IS NOT NULL;
COMMENT ON INDEX calls_analyzed_seq_idx IS 'serves: tailing newly analysed calls (WHERE analyzed_seq > ? ORDER BY analyzed_seq)';
