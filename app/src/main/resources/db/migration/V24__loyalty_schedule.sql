-- When the loyalty figures are computed again, as set on the schedule page (a Spring cron expression); no row: the
-- configuration's fidele.loyalty.recompute-cron.
create table loyalty_schedule (
    id         integer     primary key check (id = 1),
    cron       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null default now()
);
