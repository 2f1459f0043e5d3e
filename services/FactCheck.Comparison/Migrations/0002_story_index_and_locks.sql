-- Inverted index from distinctive terms (entities "e:", words "w:") to the articles that hold them,
-- so finding a new article's story reads a few short posting lists instead of every article.
CREATE TABLE story_terms (
    term TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (term, article_id)
);

CREATE INDEX story_terms_article ON story_terms (article_id);

-- How many articles hold each term; the row '#articles' counts all articles.
CREATE TABLE term_stats (
    term TEXT PRIMARY KEY,
    df BIGINT NOT NULL
);

-- Lock rows: updating one inside a transaction serialises placement across processes on both engines.
CREATE TABLE comparison_locks (
    name TEXT PRIMARY KEY,
    taken_at TEXT NULL
);

INSERT INTO comparison_locks (name) VALUES ('placement');

CREATE INDEX story_articles_article ON story_articles (article_id, version);
