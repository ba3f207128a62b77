-- One row per topic a Telegram chat follows (subscriptions.Subscriptions). chat is the chat's HMAC pseudonym, the same
-- one the question log keys it by (feedback.Pseudonyms), so /forget finds both; sealed_chat is the chat id itself,
-- encrypted (AES-GCM, key derived from the same secret; feedback.ChatKeys), because a notification has to be
-- delivered to it. Only chats that subscribed have a row; no names or usernames are stored.
CREATE TABLE subscription (
    chat        VARCHAR(64)              NOT NULL,
    sealed_chat VARCHAR(128)             NOT NULL,
    topic       VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (chat, topic)
);
CREATE INDEX subscription_topic ON subscription (topic);
