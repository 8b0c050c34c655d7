-- Grid and place timelines: one row per record and grid it belongs to, kept from FieldRecordSaved events
-- in the writing transaction, so a timeline is one index range scan however many kinds of record exist.
create table timeline_entry (
    id          bigserial primary key,
    kind        varchar(20)  not null,
    record_id   bigint       not null,
    grid_id     bigint       not null references area (id),
    home_grid   boolean      not null,
    place_id    bigint,
    occurred_at timestamptz  not null,
    ended_at    timestamptz,
    subkind_key varchar(80),
    summary     varchar(200),
    person_ids  bigint[]     not null default '{}',
    campaign_id bigint,
    lat         double precision,
    lon         double precision,
    constraint timeline_entry_once unique (kind, record_id, grid_id)
);
create index timeline_entry_grid_idx on timeline_entry (grid_id, occurred_at desc, id desc);
create index timeline_entry_place_idx on timeline_entry (place_id, occurred_at desc, id desc) where place_id is not null;
