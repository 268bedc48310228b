-- Routing: queues and what they require, advisors' skills, presence and capacity, and the work items waiting for
-- or handled by an advisor. The state lives here so that several Fidèle instances on one database share it.

-- A queue is chosen for an arriving item by reason, segment and language (the most specific active queue wins);
-- an advisor serves it when they hold its skill at its level and speak its language.
create table routing_queue (
    code                   text primary key check (code ~ '^[A-Z0-9_]{2,40}$'),
    label_fr               text    not null,
    label_en               text    not null,
    reason_code            text references contact_reason,
    segment                text check (segment in ('RESIDENTIAL', 'PROFESSIONAL', 'PREMIUM')),
    language               text check (language in ('fr', 'en')),
    skill                  text    not null,
    min_level              integer not null default 1 check (min_level between 1 and 5),
    priority               integer not null default 0,
    -- above this estimated wait the customer is offered a callback that keeps their place
    callback_offer_seconds integer not null default 120 check (callback_offer_seconds >= 0),
    -- the handle time assumed before the queue has handled enough items to measure its own
    default_handle_seconds integer not null default 240 check (default_handle_seconds > 0),
    active                 boolean not null default true
);

create table advisor_skill (
    advisor_id bigint  not null references app_user on delete cascade,
    skill      text    not null,
    level      integer not null check (level between 1 and 5),
    primary key (advisor_id, skill)
);

create table advisor_routing (
    advisor_id     bigint primary key references app_user on delete cascade,
    presence       text        not null default 'OFFLINE'
        check (presence in ('AVAILABLE', 'BUSY', 'AFTER_CONTACT_WORK', 'AWAY', 'OFFLINE')),
    presence_since timestamptz not null default now(),
    languages      text[]      not null default '{fr}',
    voice_slots    integer     not null default 1 check (voice_slots between 0 and 1),
    chat_slots     integer     not null default 3 check (chat_slots between 0 and 10),
    written_slots  integer     not null default 5 check (written_slots between 0 and 20),
    -- the last sign of life of the advisor's workspace; past the timeout their items go back to their queue
    last_seen_at   timestamptz,
    -- when the advisor last became free: among equally skilled advisors, the longest idle is offered first
    idle_since     timestamptz not null default now()
);

create table work_item (
    id                   bigserial primary key,
    channel              text        not null check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB_FORM', 'SOCIAL', 'CALLBACK')),
    queue_code           text        not null references routing_queue,
    priority             integer     not null default 0,
    -- its place in the queue: kept when it becomes a callback, is transferred or comes back from a lost advisor
    place_at             timestamptz not null,
    state                text        not null check (state in ('QUEUED', 'OFFERED', 'CONNECTED', 'WRAP_UP', 'DONE', 'ABANDONED')),
    contact_id           bigint      not null references contact on delete cascade,
    customer_id          bigint references customer on delete set null,
    language             text        not null default 'fr' check (language in ('fr', 'en')),
    advisor_id           bigint references app_user,
    offered_at           timestamptz,
    connected_at         timestamptz,
    -- when it last entered its queue: the wait the offer latency is measured from
    queued_at            timestamptz not null,
    preferred_advisor_id bigint references app_user,
    preferred_until      timestamptz,
    target_advisor_id    bigint references app_user,
    transfer_note        text,
    identity_verified_by bigint references app_user,
    callback_number      text,
    arrived_at           timestamptz not null,
    ended_at             timestamptz,
    version              integer     not null default 0
);
create index work_item_waiting on work_item (priority desc, place_at, id) where state = 'QUEUED';
create index work_item_held on work_item (advisor_id) where state in ('OFFERED', 'CONNECTED', 'WRAP_UP');
create index work_item_queue_done on work_item (queue_code, ended_at) where state = 'DONE';

-- Every offer made, by which instance, and how it ended: the proof that no item is offered twice at once.
create table work_offer (
    id           bigserial primary key,
    work_item_id bigint      not null references work_item on delete cascade,
    advisor_id   bigint      not null references app_user,
    -- the database's clock when the offer was written, just before it commits
    offered_at   timestamptz not null,
    -- how long the item had been waiting in its queue when it was offered, in milliseconds
    waited_ms    double precision not null,
    instance     text        not null,
    ended_at     timestamptz,
    outcome      text check (outcome in ('ACCEPTED', 'DECLINED', 'EXPIRED', 'RETURNED', 'MOVED', 'ENDED'))
);
create index work_offer_item on work_offer (work_item_id);
create unique index work_offer_open on work_offer (work_item_id) where ended_at is null;

-- A call announced by the telephone switch: the contact it is, and the work item it became.
create table cti_call (
    call_id      text primary key,
    contact_id   bigint not null references contact on delete cascade,
    work_item_id bigint not null references work_item on delete cascade
);

-- The telephone switch's events, kept once by their id; a call's state is folded from its events in time order,
-- so that an event arriving late or twice changes nothing it should not.
create table cti_event (
    event_id    text primary key,
    call_id     text        not null,
    type        text        not null,
    occurred_at timestamptz not null,
    sequence    bigint      not null default 0,
    payload     jsonb       not null,
    received_at timestamptz not null default now()
);
create index cti_event_call on cti_event (call_id, occurred_at, sequence);

insert into routing_queue (code, label_fr, label_en, reason_code, segment, language, skill, min_level, priority) values
    ('GENERAL', 'Accueil', 'Front desk', null, null, 'fr', 'GENERAL', 1, 0),
    ('GENERAL_EN', 'Accueil (anglais)', 'Front desk (English)', null, null, 'en', 'GENERAL', 1, 0),
    ('COMPLAINTS', 'Réclamations', 'Complaints', 'COMPLAINT', null, null, 'COMPLAINT', 3, 5),
    ('TECHNICAL', 'Assistance technique', 'Technical help', 'TECHNICAL_HELP', null, null, 'TECHNICAL', 2, 0),
    ('BILLING', 'Facturation', 'Billing', 'BILLING', null, null, 'BILLING', 1, 0),
    ('RETENTION', 'Fidélisation', 'Retention', 'CANCELLATION_REQUEST', null, null, 'RETENTION', 3, 10),
    ('PREMIUM', 'Clients premium', 'Premium customers', null, 'PREMIUM', null, 'PREMIUM', 2, 8);
