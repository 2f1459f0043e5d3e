CREATE TABLE feed_state (
    feed_url TEXT NOT NULL PRIMARY KEY,
    etag TEXT NULL,
    last_modified TEXT NULL,
    checked_at TEXT NOT NULL
);

CREATE TABLE feed_items (
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    article_id TEXT NULL,
    outcome TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);
