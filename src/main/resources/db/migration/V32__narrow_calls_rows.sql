-- Keeps the calls row itself narrow, so that scans of it (the list's count, keyword matches, aggregates) read
-- about 200 bytes per call instead of about 1.7 kB: PostgreSQL moves a row's wide values out of line only
-- until the row is under toast_tuple_target (2 kB by default), which left the 1.5 kB embedding inline in
-- every row. With a 256-byte target the embedding, transcript, tsvector and metrics all live in the TOAST
-- table, read only by the queries that select them. The embedding is stored EXTERNAL: float arrays do not
-- compress, so trying only costs CPU. Rows take the new layout when they are next written (every analysis
-- writes its row).
ALTER TABLE calls SET (toast_tuple_target = 256);
ALTER TABLE calls ALTER COLUMN embedding SET STORAGE EXTERNAL;
