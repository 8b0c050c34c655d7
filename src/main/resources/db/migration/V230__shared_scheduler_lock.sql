-- ShedLock's lock rows: a scheduled job runs on one instance per period however many share this database.
-- The layout is ShedLock's own (plain timestamps, written in UTC from the database's clock: usingDbTime()).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
