-- 0003_mail: count the letters sent in the last 24 hours (the daily sending cap) by index.

CREATE INDEX requests_sent ON requests (channel, submitted_at) WHERE submitted_at IS NOT NULL;
