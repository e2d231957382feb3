-- 0010_suppressions: the clients removed at their request, so that a sheet re-imported with their
-- row still in it does not bring them back (trial50: "personas importadas: 1", and the next run
-- sent requests in her name again). No personal value in clear: each row is a keyed digest
-- (HMAC-SHA256, 64 hex digits) of one of the identity keys the duplicate check compares (the
-- folded name with the birth, a phone, an e-mail, the address: optout.app.suppression_keys),
-- under a key of its own kept sealed by the vault's master key in vault_secrets (re-wrapped when
-- the master key is rotated, optout.vault.rotate). Without the vault's key a digest tests no guess.
--
-- removed_at: when the client was removed, microseconds since the epoch.

CREATE TABLE suppressions (
    digest      TEXT PRIMARY KEY,
    removed_at  BIGINT NOT NULL
);

-- Keys the vault keeps in the store, sealed under its master key: one row per name
-- ('suppression'), shared by every process and machine on this store.
CREATE TABLE vault_secrets (
    name    TEXT PRIMARY KEY,
    sealed  BLOB NOT NULL
);
