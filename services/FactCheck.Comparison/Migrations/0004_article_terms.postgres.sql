-- Each article's index terms beside its row (space-separated; terms hold no spaces), so scoring the 24
-- shortlisted candidates reads 24 rows instead of every posting of 24 articles.
ALTER TABLE story_articles ADD COLUMN terms TEXT NULL;

UPDATE story_articles SET terms = (SELECT string_agg(term, ' ') FROM story_terms t WHERE t.article_id = story_articles.article_id);
