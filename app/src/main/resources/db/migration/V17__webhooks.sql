-- Outgoing webhooks: who wants which events, and every delivery with its attempts and the last answer. A delivery is
-- written in the transaction of the change it announces (an outbox), so none is lost and none is sent for a change
-- that was rolled back.
create table webhook_subscription (
    id                   bigserial   primary key,
    url                  text        not null,
    secret               text        not null,
    events               text[]      not null,
    active               boolean     not null default true,
    consecutive_failures integer     not null default 0,
    disabled_reason      text,
    created_at           timestamptz not null default now(),
    created_by           text        not null
);

create table webhook_delivery (
    id              bigserial   primary key,
    subscription_id bigint      not null references webhook_subscription on delete cascade,
    event_type      text        not null,
    payload         jsonb       not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    state           text        not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    last_status     integer,
    last_response   text,
    last_attempt_at timestamptz
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, id desc);
