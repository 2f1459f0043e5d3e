CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    revision BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE story_articles (
    article_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    story_id TEXT NOT NULL REFERENCES stories (id),
    doc TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NULL,
    url TEXT NULL,
    published_at TEXT NULL,
    fingerprint BIGINT NOT NULL,
    entities TEXT NOT NULL,
    claims TEXT NOT NULL,
    compared_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);

CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories (id),
    body TEXT NOT NULL,
    detected_at TEXT NOT NULL
);

CREATE INDEX conflicts_story ON conflicts (story_id);
