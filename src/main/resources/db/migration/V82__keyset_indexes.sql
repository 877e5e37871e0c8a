-- Keyset pagination of GET /api/v1/calls (cursor): every order but relevance reads its page as one range of an
-- index that holds its sort key and call_id in order, so the first page and a page 10,000 rows deep cost the
-- same. Time orders have calls_start_idx and calls_agent_start_idx (V1). Nullable keys sort as a stand-in value
-- outside their range, NULLS LAST in either direction (CallSort), hence one expression index per direction;
-- duration is NOT NULL, so one index read forwards or backwards serves both.

-- serves: sort=-customer_sentiment_score (read backwards) and its cursor pages
CREATE INDEX calls_sentiment_desc_keyset_idx ON calls ((COALESCE(customer_sentiment_score, -2)), call_id);
-- serves: sort=customer_sentiment_score and its cursor pages
CREATE INDEX calls_sentiment_asc_keyset_idx ON calls ((COALESCE(customer_sentiment_score, 2)), call_id);
-- serves: sort=-agent_talk_ratio (read backwards) and its cursor pages
CREATE INDEX calls_talk_ratio_desc_keyset_idx ON calls ((COALESCE(agent_talk_ratio, -1)), call_id);
-- serves: sort=agent_talk_ratio and its cursor pages
CREATE INDEX calls_talk_ratio_asc_keyset_idx ON calls ((COALESCE(agent_talk_ratio, 2)), call_id);
-- serves: sort=duration_seconds and sort=-duration_seconds and their cursor pages
CREATE INDEX calls_duration_keyset_idx ON calls (duration_seconds, call_id);
