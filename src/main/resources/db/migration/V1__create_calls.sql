-- Calls: the raw call and its analysis, one row each. Owned by the calls module.
CREATE TABLE calls (
    call_id                  varchar(64)  PRIMARY KEY,
    agent_id                 varchar(64)  NOT NULL,
    customer_id              varchar(64)  NOT NULL,
    language                 varchar(16)  NOT NULL,
    start_time               timestamptz  NOT NULL,
    duration_seconds         integer      NOT NULL CHECK (duration_seconds >= 0),
    transcript               text         NOT NULL,
    agent_talk_ratio         double precision CHECK (agent_talk_ratio BETWEEN 0 AND 1),
    customer_sentiment_score double precision CHECK (customer_sentiment_score BETWEEN -1 AND 1),
    -- all-MiniLM-L6-v2 sentence embedding; pgvector is not available, so a plain float4 array.
    embedding                real[]       CHECK (embedding IS NULL OR cardinality(embedding) = 384),
    analysis_status          varchar(16)  NOT NULL DEFAULT 'pending'
                             CHECK (analysis_status IN ('pending', 'analyzed', 'failed')),
    analysis_error           text,
    created_at               timestamptz  NOT NULL DEFAULT now(),
    updated_at               timestamptz  NOT NULL DEFAULT now(),
    -- Stored so that full-text search reads a ready tsvector instead of parsing every transcript per query.
    search_vector            tsvector     GENERATED ALWAYS AS (to_tsvector('english', transcript)) STORED
);

-- GET /api/v1/calls?q=...: `search_vector @@ websearch_to_tsquery(...)`. GIN is the index type that
-- answers tsvector containment; without it every search is a sequential scan over all transcripts.
CREATE INDEX calls_search_vector_idx ON calls USING gin (search_vector);

-- GET /api/v1/calls?agent_id=... (and every request of an `agent` user, which is always scoped to its
-- agent), ordered newest first, optionally bounded by from_date/to_date: equality on the first column and
-- a range + order on the second, so one index range scan returns the page already sorted.
-- call_id breaks ties in start_time so that pages never overlap.
CREATE INDEX calls_agent_start_idx ON calls (agent_id, start_time DESC, call_id DESC);

-- GET /api/v1/calls with no agent filter (the default list) and from_date/to_date ranges: the default
-- order is start_time DESC, call_id DESC, so the first page is read off the front of this index.
CREATE INDEX calls_start_idx ON calls (start_time DESC, call_id DESC);

-- GET /api/v1/calls?customer_id=...: one customer's calls, newest first. Customers have few calls, so
-- equality + order is cheap here and a scan of the start_time index would not be.
CREATE INDEX calls_customer_start_idx ON calls (customer_id, start_time DESC);

-- GET /api/v1/calls?min_sentiment=...&max_sentiment=... and sort=customer_sentiment_score: a range on
-- the score. Selective ranges (e.g. the most negative calls, for coaching) use it; wide ranges will fall
-- back to the start_time index, which the planner decides from statistics.
CREATE INDEX calls_sentiment_idx ON calls (customer_sentiment_score);
