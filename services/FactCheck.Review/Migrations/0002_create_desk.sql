CREATE TABLE claims (
    article_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    slot TEXT NOT NULL,
    display TEXT NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (article_id, version, ordinal)
);

CREATE TABLE article_texts (
    article_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    text TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);

CREATE TABLE decisions (
    conflict_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
);

CREATE INDEX decisions_story ON decisions (story_id);
