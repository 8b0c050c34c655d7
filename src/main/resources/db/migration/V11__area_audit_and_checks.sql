-- Change history of the area tree (Envers): every create, edit, move and retirement.
create table area_aud (
    id             bigint   not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    code           varchar(40),
    name           varchar(100),
    type           varchar(20),
    community_kind varchar(20),
    parent_id      bigint,
    path           varchar(500),
    boundary       text,
    population     integer,
    households     integer,
    retired_at     timestamptz,
    retired_note   varchar(500),
    created_at     timestamptz,
    updated_at     timestamptz,
    primary key (id, rev)
);

create table area_successor_aud (
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    area_id      bigint   not null,
    successor_id bigint   not null,
    primary key (rev, area_id, successor_id)
);

-- Only grids retire; figures are never negative.
alter table area add constraint area_only_grids_retire check (retired_at is null or type = 'GRID');
alter table area add constraint area_figures_not_negative check (
    (population is null or population >= 0) and (households is null or households >= 0));

-- The boundary's bounding box (WGS84 degrees), kept with it so a point lookup reads only the few grids
-- whose box holds the point before testing their polygons.
alter table area add column boundary_west double precision;
alter table area add column boundary_south double precision;
alter table area add column boundary_east double precision;
alter table area add column boundary_north double precision;
create index area_live_grid_box on area (boundary_west, boundary_east)
    where type = 'GRID' and retired_at is null and boundary is not null;
