ALTER TABLE deliveries ADD COLUMN trace_parent TEXT NULL;

CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    min_severity TEXT NOT NULL,
    events TEXT NOT NULL,
    kinds TEXT NOT NULL,
    story_id TEXT NULL,
    outlet TEXT NULL,
    format TEXT NOT NULL,
    secret_cipher TEXT NOT NULL,
    status TEXT NOT NULL,
    status_reason TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES deliveries (id),
    event_type TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    last_status_code INTEGER NULL,
    last_error TEXT NULL,
    delivered_at TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at);

CREATE TABLE delivery_attempts (
    delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    attempted_at TEXT NOT NULL,
    status_code INTEGER NULL,
    error TEXT NULL,
    duration_ms DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
