-- 0007_mail_accounts: which sending account a letter left from, so each account keeps its own
-- daily cap (mail.accounts). NULL for other channels and for letters sent before accounts existed.

ALTER TABLE requests ADD COLUMN account TEXT;

CREATE INDEX requests_account_sent ON requests (account, submitted_at) WHERE submitted_at IS NOT NULL;
