CREATE TABLE articles (
    id TEXT NOT NULL,
    version BIGINT NOT NULL,
    outlet TEXT NOT NULL,
    doc TEXT NOT NULL,
    title TEXT NULL,
    url TEXT NULL,
    published_at TEXT NULL,
    accepted_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    original TEXT NOT NULL,
    cleaned TEXT NOT NULL,
    fingerprint BIGINT NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_url ON articles (url);
