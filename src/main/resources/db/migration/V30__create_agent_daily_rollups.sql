-- Per agent per UTC day sums of the analysed calls, so that agent analytics never scan the calls table.
-- Owned by the analytics module; rebuilt from calls by the nightly recalculation and kept current as calls are
-- analysed. Sums and counts rather than averages, so that any range of days adds up exactly.
CREATE TABLE agent_daily_rollups (
    day               date             NOT NULL,
    agent_id          varchar(64)      NOT NULL,
    calls             integer          NOT NULL CHECK (calls > 0),
    sentiment_calls   integer          NOT NULL,
    sentiment_sum     double precision NOT NULL,
    positive_calls    integer          NOT NULL,
    negative_calls    integer          NOT NULL,
    talk_ratio_calls  integer          NOT NULL,
    talk_ratio_sum    double precision NOT NULL,
    duration_sum      bigint           NOT NULL,
    metrics_calls     integer          NOT NULL,
    agent_questions   bigint           NOT NULL,
    refreshed_at      timestamptz      NOT NULL DEFAULT now(),
    -- serves: the leaderboard and the weekly trend, which read a range of days for every agent
    PRIMARY KEY (day, agent_id)
);

-- serves: "does this agent exist" for GET /api/v1/analytics/agents/{agent_id}
CREATE INDEX agent_daily_rollups_agent_idx ON agent_daily_rollups (agent_id, day);
