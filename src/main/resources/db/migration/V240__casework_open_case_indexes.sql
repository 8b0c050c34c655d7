-- The "三零" board reads only cases that can be late in the month: open ones and those closed within it.
-- Notices (and reopenings) with a deadline, found from a hazard without reading its other steps.
create index if not exists hazard_step_notice on hazard_step (hazard_id, id)
    where action in ('NOTIFIED', 'REOPENED') and deadline is not null;
-- Open disputes, and disputes by closing time, so a month reads its open and just-closed cases, not every dispute.
create index if not exists dispute_open_grid on dispute (grid_id) where closed_at is null;
create index if not exists dispute_closed_at on dispute (closed_at) include (grid_id) where closed_at is not null;
