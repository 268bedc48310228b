-- What each run of the retention rules removed, kind by kind: the report an administrator reads.
create table retention_run (
    id       bigserial   primary key,
    ran_at   timestamptz not null,
    kind     text        not null,
    cutoff   timestamptz not null,
    affected integer     not null
);
create index retention_run_latest on retention_run (ran_at desc);
