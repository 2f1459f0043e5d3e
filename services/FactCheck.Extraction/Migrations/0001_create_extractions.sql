CREATE TABLE extractions (
    article_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    claim_count BIGINT NOT NULL,
    claims TEXT NOT NULL,
    extracted_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);
