-- A person's own figures (officer home page) read the records they took part in.
create index stats_record_people_idx on stats_record using gin (person_ids);
