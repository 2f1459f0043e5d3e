-- A merged story stays as a redirect: merged_into names the story that absorbed it, merged_by the article
-- whose placement proved them one (or 'editor:<name>'), merged_conflicts the ids its merge resolved, so a
-- redelivered message can announce the same merge again.
ALTER TABLE stories ADD COLUMN merged_into TEXT NULL;
ALTER TABLE stories ADD COLUMN merged_by TEXT NULL;
ALTER TABLE stories ADD COLUMN merged_at TEXT NULL;
ALTER TABLE stories ADD COLUMN merged_conflicts TEXT NULL;

CREATE INDEX stories_merged_by ON stories (merged_by);

-- Stories an editor split apart: automatic merging never joins such a pair again.
CREATE TABLE stories_kept_apart (
    story_id TEXT NOT NULL,
    other_id TEXT NOT NULL,
    PRIMARY KEY (story_id, other_id)
);
