CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    revision BIGINT NOT NULL,
    conflicts TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    version BIGINT NOT NULL,
    story_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NULL,
    url TEXT NULL,
    published_at TEXT NULL,
    voice_id TEXT NOT NULL,
    claim_count BIGINT NOT NULL
);

CREATE INDEX articles_story ON articles (story_id);
