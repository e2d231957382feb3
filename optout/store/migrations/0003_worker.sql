-- 0003_worker: broker health, so every worker sharing the store backs off from a failing broker.
--
-- One row per broker that has failed: consecutive failures (cases that ended in a transient
-- error after their retries), when the run of failures began, the latest reason (value-free, as
-- cases.last_error), and until when no worker should start a case of this broker. A success
-- resets failures to 0 and clears backoff_until; the row stays (cheap, and shows when it last
-- failed). Store.broker_failed / broker_ok / broker_health.

CREATE TABLE broker_health (
    broker_id      TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL DEFAULT 0,
    failing_since  BIGINT,
    backoff_until  BIGINT,
    last_error     TEXT,
    updated_at     BIGINT NOT NULL
);
