-- 见警率 counts the grid-days with a patrol (Measures): it read every row of stats_figure to find the patrol rows
-- of a period (3.5 s for a branch's month at 1,000,000 records, growing with the table). This index holds only
-- those rows, by day, so the count is an index-only scan of the period's patrol rows.
create index stats_figure_patrol_days on stats_figure (day, area_id) where kind = 'PATROL' and records > 0;
