-- Messaging channels (SMS, WhatsApp, Facebook, X, a marketplace) reached through a provider that calls Fidèle's
-- inbound webhook with each customer message and receives the advisors' replies on its outbound webhook. Both ways are
-- signed with the channel's secret (HMAC-SHA256, as Fidèle's own webhooks are).
create table messaging_channel (
    id           bigserial   primary key,
    name         text        not null,
    kind         text        not null check (kind in ('SMS', 'WHATSAPP', 'FACEBOOK', 'X', 'MARKETPLACE', 'OTHER')),
    public_key   text        not null unique,
    secret       text        not null,
    outbound_url text        not null,
    queue_code   text        not null,
    enabled      boolean     not null default true,
    created_at   timestamptz not null
);

-- A conversation as the provider names it (a phone number's thread, a page's conversation), with its customer once
-- known.
create table messaging_thread (
    id          bigserial   primary key,
    channel_id  bigint      not null references messaging_channel,
    external_id text        not null,
    author_id   text        not null,
    author_name text,
    customer_id bigint,
    created_at  timestamptz not null,
    unique (channel_id, external_id)
);

-- Every message both ways. An inbound message is one row however often the provider delivers it (its id is unique
-- in the channel); a reply is kept before it is sent and retried until the provider takes it.
create table messaging_message (
    id              bigserial   primary key,
    channel_id      bigint      not null references messaging_channel,
    thread_id       bigint      not null references messaging_thread,
    direction       text        not null check (direction in ('INBOUND', 'OUTBOUND')),
    external_id     text,
    body            text        not null,
    sent_at         timestamptz,
    received_at     timestamptz not null,
    contact_id      bigint,
    author_id       bigint,
    author_name     text,
    send_state      text        check (send_state in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    send_error      text,
    unique (channel_id, external_id)
);
create index messaging_message_thread on messaging_message (thread_id, received_at);
create index messaging_message_due on messaging_message (next_attempt_at) where send_state = 'PENDING';
create index messaging_message_contact on messaging_message (contact_id);

create table messaging_attachment (
    id           bigserial primary key,
    message_id   bigint    not null references messaging_message,
    filename     text      not null,
    content_type text      not null,
    size         bigint    not null,
    content      bytea,
    refused      text      check (refused in ('TOO_LARGE'))
);
create index messaging_attachment_message on messaging_attachment (message_id);
