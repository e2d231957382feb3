-- 0002_broker_slots: a per-broker rate limit that every worker sharing the store obeys.
--
-- One row per key (a broker id, or "smtp" for the outgoing mail account): the earliest time
-- the next request may start. Store.take_slot moves it forward by the interval in the same
-- transaction that reads it, so two workers never take the same slot.

CREATE TABLE broker_slots (
    key      TEXT PRIMARY KEY,
    next_at  BIGINT NOT NULL
);
