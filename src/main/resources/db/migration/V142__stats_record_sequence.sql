-- The sequence of the save whose facts are counted: a late event of an older save is ignored.
alter table stats_record add column sequence bigint not null default 0;
