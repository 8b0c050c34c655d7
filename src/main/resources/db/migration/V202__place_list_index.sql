-- The place list's default order (by name): a page reads the first names in order instead of sorting every
-- place of the scope (37 ms at 40,000 places, under 0.1 ms with the index).
create index place_name_id on place (name, id);
