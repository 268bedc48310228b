-- Contacts (one interaction on one channel) and cases (a request across contacts).
create table contact_reason (
    code     text primary key,
    label_fr text    not null,
    label_en text    not null,
    position integer not null default 0,
    active   boolean not null default true
);
insert into contact_reason (code, label_fr, label_en, position) values
    ('COMPLAINT', 'Réclamation', 'Complaint', 1),
    ('ORDER', 'Commande', 'Order', 2),
    ('TECHNICAL_HELP', 'Aide technique', 'Technical help', 3),
    ('ORDER_STATUS', 'Suivi de commande', 'Order status', 4),
    ('BILLING', 'Facturation', 'Billing', 5),
    ('INFORMATION', 'Information', 'Information', 6),
    ('CANCELLATION_REQUEST', 'Demande de résiliation', 'Cancellation request', 7);

create table support_case (
    id          bigserial primary key,
    customer_id bigint      not null references customer on delete cascade,
    reason_code text references contact_reason,
    subject     text        not null,
    status      text        not null check (status in ('OPEN', 'WAITING', 'RESOLVED', 'CLOSED', 'REOPENED')),
    owner_id    bigint references app_user,
    opened_at   timestamptz not null,
    resolved_at timestamptz,
    closed_at   timestamptz,
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0
);
create index support_case_customer on support_case (customer_id, status);

create table contact (
    id                          bigserial primary key,
    customer_id                 bigint references customer on delete cascade,
    case_id                     bigint references support_case,
    channel                     text        not null check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB_FORM', 'SOCIAL', 'IN_PERSON', 'CALLBACK')),
    direction                   text        not null check (direction in ('INBOUND', 'OUTBOUND')),
    reason_code                 text references contact_reason,
    queue                       text,
    arrived_at                  timestamptz not null,
    queued_at                   timestamptz,
    answered_at                 timestamptz,
    ended_at                    timestamptz,
    ended_by                    text check (ended_by in ('CUSTOMER', 'ADVISOR', 'SYSTEM', 'ABANDONED')),
    identity_verified           boolean     not null default false,
    reidentified_after_transfer boolean     not null default false,
    resolved                    boolean,
    wrapup_notes                text,
    external_ref                text unique,
    created_at                  timestamptz not null default now(),
    version                     integer     not null default 0,
    check (queued_at is null or queued_at >= arrived_at),
    check (answered_at is null or answered_at >= arrived_at),
    check (ended_at is null or ended_at >= arrived_at)
);
create index contact_customer on contact (customer_id, arrived_at);
create index contact_case on contact (case_id);

create table contact_leg (
    contact_id    bigint  not null references contact on delete cascade,
    seq           integer not null,
    advisor_id    bigint references app_user,
    started_at    timestamptz not null,
    ended_at      timestamptz,
    transfer_note text,
    primary key (contact_id, seq)
);
create index contact_leg_advisor on contact_leg (advisor_id);
