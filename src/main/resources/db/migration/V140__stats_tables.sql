-- Spring Modulith's event publication registry (its PostgreSQL schema v2).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The facts of every field record as last counted: the statistics subtract these before adding a record's
-- new facts, so replaying or repeating an event never counts a record twice.
create table stats_record (
    kind         varchar(20) not null,
    record_id    bigint      not null,
    grid_id      bigint      not null,
    day          date        not null,
    subkind_key  varchar(80) not null default '',
    state_key    varchar(80) not null default '',
    minutes      integer     not null default 0,
    amount       bigint      not null default 0,
    person_ids   bigint[]    not null default '{}',
    campaign_id  bigint,
    primary key (kind, record_id)
);
create index stats_record_grid_day_idx on stats_record (grid_id, day);
create index stats_record_campaign_idx on stats_record (campaign_id) where campaign_id is not null;

-- Figures per area (every level: grid, community, station, branch, …), day, kind, subkind and state: a
-- branch's year is a few thousand rows however many records there are.
create table stats_figure (
    area_id      bigint      not null,
    day          date        not null,
    kind         varchar(20) not null,
    subkind_key  varchar(80) not null,
    state_key    varchar(80) not null,
    records      integer     not null,
    minutes      bigint      not null,
    amount       bigint      not null,
    primary key (area_id, day, kind, subkind_key, state_key)
);
