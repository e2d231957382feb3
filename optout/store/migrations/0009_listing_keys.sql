-- 0009_listing_keys: the listings whose key is still the old unsalted SHA-256 of the card's facts
-- (anyone holding the database could test a guess by hashing it, and one card gave one key for
-- every client). The store cannot rekey them: that needs each person's data key. A process that
-- holds the vault does it once, before it compares any stored key
-- (optout.engine.Engine.seal_old_listing_keys, optout.vault.listing_key: an HMAC under the
-- person's key), and deletes each row here as its listing is rekeyed. Only opaque ids.

CREATE TABLE listing_keys_pending (
    listing_id  BIGINT PRIMARY KEY
);

INSERT INTO listing_keys_pending (listing_id) SELECT id FROM listings;
