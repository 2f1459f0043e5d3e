-- Placement reads the term index before it takes the placement lock; under the lock it only adds the articles
-- placed since it read. The lock row counts placements, and each article row keeps the count it was placed at.
ALTER TABLE comparison_locks ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

ALTER TABLE story_articles ADD COLUMN placed_seq BIGINT NULL;

CREATE INDEX story_articles_placed_seq ON story_articles (placed_seq);
