-- The article an admin says a 👎 question should have been answered from (the admin page's field per 👎 row), so
-- `eval --questions` can take the feedback export as a regression set. Null until an admin supplies one.
-- V3, not V2: V2 is another change's (never renumbered); Flyway applies them out of order (application.yaml).
ALTER TABLE feedback ADD COLUMN corrected_article_id VARCHAR(200);
