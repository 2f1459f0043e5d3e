-- The trace of the request that accepted the article, continued when the dispatcher publishes.
ALTER TABLE outbox ADD COLUMN trace_parent TEXT NULL;
