-- Counters written before keys were hashed hold raw email addresses and IP addresses in their key
-- (issue 9, finding 9). They are only rate-limit windows of at most a day: dropping them loses nothing.
DELETE FROM "rate_limits";
