-- 0008_runs: the runs started from the dashboard, so that its Runs page numbers them on from the
-- last one and shows the last finished run's summary after the dashboard restarts.
--
-- id is the run's number; started_at and finished_at in microseconds since the epoch (finished_at
-- NULL while it runs, or when the process running it died); summary a JSON object of counts, dates
-- and reason codes only (optout.store.base.RunRecord): never a person's value, never a name.

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at   BIGINT NOT NULL,
    finished_at  BIGINT,
    summary      TEXT
);
