-- The resident's answer (满意 / 基本满意 / 不满意) last counted for a record, if it has one.
alter table stats_record add column satisfaction varchar(20);
alter table stats_record add constraint stats_record_satisfaction_known
    check (satisfaction is null or satisfaction in ('SATISFIED', 'BASICALLY', 'UNSATISFIED'));

-- Answers per area (every level, like stats_figure), day, kind of record and level: the 满意率 of any area and
-- period reads a few rows.
create table stats_satisfaction (
    area_id bigint      not null,
    day     date        not null,
    kind    varchar(20) not null,
    level   varchar(20) not null,
    answers integer     not null,
    primary key (area_id, day, kind, level)
);

-- Disputes closed before this version already carry their call-back's answer: count them now (later saves and
-- rebuilds keep them through the events).
update stats_record r set satisfaction = d.satisfaction
from dispute d
where r.kind = 'DISPUTE' and r.record_id = d.id and d.satisfaction is not null;
insert into stats_satisfaction (area_id, day, kind, level, answers)
select a.id, r.day, r.kind, r.satisfaction, count(*)
from stats_record r
join area g on g.id = r.grid_id
cross join unnest(string_to_array(trim(both '/' from g.path), '/')::bigint[]) as a(id)
where r.satisfaction is not null
group by a.id, r.day, r.kind, r.satisfaction;
