-- stats_figure summed per calendar month: a period of whole months reads one row per area, month, kind, subkind
-- and state instead of one per day, so a month's or a year's figures cost the same however many records there
-- are. Kept in step with stats_figure wherever that is written (each event, the rebuild, the recount); a period's
-- whole months are read here and its ragged ends from stats_figure.
create table stats_figure_month (
    area_id      bigint      not null,
    month        date        not null check (extract(day from month) = 1),
    kind         varchar(20) not null,
    subkind_key  varchar(80) not null,
    state_key    varchar(80) not null,
    records      integer     not null,
    minutes      bigint      not null,
    amount       bigint      not null,
    primary key (area_id, month, kind, subkind_key, state_key)
);
create index stats_figure_month_area_all on stats_figure_month (area_id, month)
    include (kind, subkind_key, state_key, records, minutes, amount);

insert into stats_figure_month (area_id, month, kind, subkind_key, state_key, records, minutes, amount)
select area_id, date_trunc('month', day)::date, kind, subkind_key, state_key, sum(records), sum(minutes), sum(amount)
from stats_figure
group by 1, 2, 3, 4, 5;
