-- The tip list's status tabs count the tips of each status in the scope (up to a limit) on every request:
-- with this index each count reads only its status's newest entries (1.5 ms instead of 37 ms for a rare
-- status among 50,000 tips, whatever plan the prepared statement gets).
create index tip_status_occurred on tip (status, occurred_at desc);
