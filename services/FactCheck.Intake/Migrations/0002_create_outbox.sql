CREATE TABLE outbox (
    id TEXT NOT NULL PRIMARY KEY,
    message_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NULL
);

CREATE INDEX outbox_pending ON outbox (sent_at, created_at);
