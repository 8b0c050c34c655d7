-- The monthly report counts, per child area, disputes resolved, hazards verified and consultations answered in
-- the month. Without these each count read the whole table (10,000,000 records: 30-40 ms each, 140 ms for the
-- consultations); with them each reads the month's rows only, with the grid from the index.
create index if not exists dispute_resolved_at on dispute (resolved_at) include (grid_id) where resolved_at is not null;
create index if not exists hazard_verified_at on hazard (verified_at) include (grid_id) where verified_at is not null;
create index if not exists consultation_answered on consultation (occurred_at) include (grid_id) where answer is not null;
