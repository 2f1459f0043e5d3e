-- Nothing reads the term index by article: placement looks it up by term only (the primary key). Each posting
-- paid for a second B-tree entry at a random place in the file.
DROP INDEX IF EXISTS story_terms_article;
