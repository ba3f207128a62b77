-- One row per answered question. asker is an HMAC pseudonym (feedback.Pseudonyms), never a chat id or a name;
-- it is null for a JSON API call outside any conversation, which has nobody to forget.
CREATE TABLE question (
    id            VARCHAR(36)              PRIMARY KEY,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    channel       VARCHAR(16)              NOT NULL,
    asker         VARCHAR(64),
    question      VARCHAR(1000)            NOT NULL,
    understood_as VARCHAR(1000),
    outcome       VARCHAR(16)              NOT NULL,
    article_ids   VARCHAR(4000)            NOT NULL,
    latency_ms    BIGINT                   NOT NULL
);
CREATE INDEX question_asked_at ON question (asked_at);
CREATE INDEX question_asker ON question (asker);

-- At most one rating per question: pressing the other button changes it. Goes with its question (retention, /forget).
CREATE TABLE feedback (
    question_id VARCHAR(36)              PRIMARY KEY REFERENCES question (id) ON DELETE CASCADE,
    rating      VARCHAR(8)               NOT NULL,
    reason      VARCHAR(400),
    given_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
