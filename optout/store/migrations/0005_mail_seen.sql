-- 0005_mail_seen: which received mails were taken, by whom, and whether the work on them is done.
--
-- One row per message (message_key: a digest of its Message-ID, or of its bytes when it has none),
-- shared by every process and machine using the store: a reply is acted on once, and a broker's
-- verification mail is used by the one request it belongs to. purpose is "reply" (a reply to a
-- letter, read by the mail flow) or "verification" (an email_confirmation step); case_id the case
-- it went to; claimed_at when it was taken; done_at when the work finished (NULL while it runs: a
-- claim left by a process that died is taken over once it is older than the caller's lease).

CREATE TABLE mail_seen (
    message_key  TEXT PRIMARY KEY,
    purpose      TEXT NOT NULL,
    case_id      BIGINT,
    claimed_at   BIGINT NOT NULL,
    done_at      BIGINT
);
