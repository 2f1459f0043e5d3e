CREATE TABLE deliveries (
    id TEXT PRIMARY KEY,
    event_type TEXT NOT NULL,
    conflict_id TEXT NOT NULL,
    story_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX deliveries_status ON deliveries (status);
