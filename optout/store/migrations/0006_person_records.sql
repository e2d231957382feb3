-- 0006_person_records: sealed documents kept per person, one per kind.
--
-- kind: 'drop' (California DROP filing: reference, date, per-broker status),
--       'authorisation' (the signed authorised-agent permission and its attachment).
-- The store never sees the values: sealed with the person's key by the caller. Removed with
-- the person.

CREATE TABLE person_records (
    person_id   TEXT NOT NULL REFERENCES people (id),
    kind        TEXT NOT NULL,
    sealed      BLOB NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (person_id, kind)
);
