-- How far the loading of the demo data has got, written in transactions of their own while the loading
-- transaction runs, so every instance can show it on the sign-in page. Whether a loading is running at all is
-- told by its advisory lock (pg_locks), which disappears with the loading connection even after a crash.
create table data_loading_progress (
    id         smallint    primary key default 1 check (id = 1),
    done       integer     not null,
    total      integer     not null,
    updated_at timestamptz not null
);
