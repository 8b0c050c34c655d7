-- Idempotency keys of create forms: a form sent twice (double tap, resend after a dropped network)
-- creates one record. Rows older than a day are pruned.
create table form_submission (
    submission_key uuid         primary key,
    created_at     timestamptz  not null,
    outcome        varchar(300) not null default ''
);
create index form_submission_created on form_submission (created_at);
