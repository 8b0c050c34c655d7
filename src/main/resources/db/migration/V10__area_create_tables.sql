create sequence area_id_seq;

create table area (
    id             bigint       primary key,
    code           varchar(40)  not null,
    name           varchar(100) not null,
    type           varchar(20)  not null,
    community_kind varchar(20),
    parent_id      bigint       references area (id),
    -- materialised path of ids, '/1/4/17/': a subtree is "path like '/1/4/%'"
    path           varchar(500) not null,
    boundary       text,
    population     integer,
    households     integer,
    retired_at     timestamptz,
    retired_note   varchar(500),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint area_type_known check (type in ('BUREAU', 'BRANCH', 'STATION', 'COMMUNITY', 'GRID')),
    constraint area_root_is_bureau check ((parent_id is null) = (type = 'BUREAU'))
);
create unique index area_code_key on area (code);
create unique index area_path_key on area (path varchar_pattern_ops);
create index area_parent on area (parent_id);
create index area_type_live on area (type) where retired_at is null;

-- A retired grid names the grid(s) that took its place (split, merge, redraw).
create table area_successor (
    area_id      bigint not null references area (id),
    successor_id bigint not null references area (id),
    primary key (area_id, successor_id)
);
