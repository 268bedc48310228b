-- Who changed what, when and why.
create table history (
    id          bigserial primary key,
    entity_type text        not null,
    entity_id   bigint      not null,
    action      text        not null,
    actor       text        not null,
    reason      text        not null,
    at          timestamptz not null default now(),
    details     jsonb
);
create index history_entity on history (entity_type, entity_id, at);

-- Responses to POST requests carrying an Idempotency-Key, replayed when the request is retried.
create table idempotent_request (
    principal    text        not null,
    key          text        not null,
    method       text        not null,
    path         text        not null,
    request_hash bytea       not null,
    status       integer,
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (principal, key)
);

create table import_run (
    id            bigserial primary key,
    kind          text        not null,
    file_name     text        not null,
    file_sha256   text        not null,
    total_rows    integer     not null,
    imported_rows integer     not null,
    skipped_rows  integer     not null,
    rejected_rows integer     not null,
    rejections    jsonb       not null,
    started_by    text        not null,
    started_at    timestamptz not null,
    finished_at   timestamptz not null
);
