-- Spring Modulith's event publication registry (its JDBC schema, version 2): an event a listener of another module
-- must get is written here in the transaction that published it, completed once the listener succeeded, and
-- published again after a restart while it is not. Completed publications are deleted after a while
-- (fidele.events.keep-completed).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
