-- The service measures' thresholds a company chooses (docs/metrics.md): used when a report does not name its own. One
-- row; none: the documented defaults.
create table measure_defaults (
    id                    integer primary key check (id = 1),
    short_abandon_seconds integer not null,
    target_seconds        integer not null,
    abandoned_calls       text    not null check (abandoned_calls in ('EXCLUDED', 'COUNTED_AS_MISSED', 'SHORT_ABANDONS_EXCLUDED')),
    resolution_days       integer not null,
    updated_by            text        not null,
    updated_at            timestamptz not null default now()
);
