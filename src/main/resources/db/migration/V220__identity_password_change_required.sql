-- An account whose password someone else chose (an initial password of a bulk creation, an administrator's reset)
-- must choose its own at the next sign-in before anything else.
alter table account add column password_change_required boolean not null default false;
alter table account_aud add column password_change_required boolean;
