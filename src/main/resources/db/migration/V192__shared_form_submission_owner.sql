-- A submission key belongs to the account that sent it: another account's request with the same key is a
-- submission of its own, never a replay of someone else's outcome.
alter table form_submission add column submitted_by varchar(200) not null default '';
alter table form_submission drop constraint form_submission_pkey;
alter table form_submission add primary key (submitted_by, submission_key);
