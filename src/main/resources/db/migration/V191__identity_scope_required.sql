-- Every account has a scope (an area it may see) except the first administrator, who was opened on an
-- empty database and sees the whole tree. Accounts opened without a scope since then (an administrator
-- could leave the field empty) are disabled and scoped to the root of the tree until reviewed.
update account a
set enabled = false,
    scope_area_id = (select r.id from area r where r.parent_id is null order by r.id limit 1),
    version = a.version + 1
where a.scope_area_id is null
  and a.id <> (select min(f.id) from account f where f.scope_area_id is null);

-- At most one account without a scope: the first one.
create unique index account_single_unscoped on account ((scope_area_id is null)) where scope_area_id is null;
