-- The dashboard reads an area's figures over a period (its own, each child's, each grid's for the map). Rows of
-- one area lie scattered over the table's pages, so a period of a busy area cost hundreds of page visits; with
-- every column in the index those reads are index-only scans of adjacent entries.
create index stats_figure_area_day_all on stats_figure (area_id, day)
    include (kind, subkind_key, state_key, records, minutes, amount);
