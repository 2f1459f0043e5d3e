-- Stories comparison merged into another (or emptied by a move): links to them redirect, and late
-- messages about them are applied to the story that absorbed them.
CREATE TABLE merged_stories (
    id TEXT PRIMARY KEY,
    into_id TEXT NOT NULL,
    merged_at TEXT NOT NULL
);

CREATE INDEX merged_stories_into ON merged_stories (into_id);
