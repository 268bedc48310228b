-- Live web chat. The company puts one script on its site for a widget; the widget's key is public (it is in the
-- site's pages), its identity secret is shared with the company's site only, which signs the reference of a customer
-- signed in there, so that the advisor sees them verified and nobody asks who they are again.
create table chat_widget (
    id                 bigserial   primary key,
    public_key         text        not null unique,
    name               text        not null,
    queue_code         text        not null,
    identity_secret    text        not null,
    allowed_origins    text[]      not null default '{}',
    fallback_mailbox_id bigint,
    enabled            boolean     not null default true,
    created_at         timestamptz not null
);

-- One conversation: the customer holds its token (only its SHA-256 is kept), the contact it is on the CHAT channel,
-- and who ended it. What each side has seen is the last message number it showed (the other side's "read").
create table chat_conversation (
    id            bigserial   primary key,
    widget_id     bigint      not null references chat_widget,
    token_hash    bytea       not null unique,
    customer_id   bigint,
    verified      boolean     not null default false,
    visitor_name  text,
    visitor_email text,
    language      text        not null check (language in ('fr', 'en')),
    contact_id    bigint,
    item_id       bigint,
    state         text        not null check (state in ('OPEN', 'ENDED')),
    ended_by      text        check (ended_by in ('CUSTOMER', 'ADVISOR', 'SYSTEM')),
    customer_seen integer     not null default 0,
    advisor_seen  integer     not null default 0,
    started_at    timestamptz not null,
    ended_at      timestamptz
);
create index chat_conversation_customer on chat_conversation (customer_id);
create index chat_conversation_contact on chat_conversation (contact_id);

-- Every message, numbered in its conversation (what a reconnecting side asks "after"); a message the widget sends
-- twice (a retry after a lost answer) is one row, by the widget's own id for it.
create table chat_message (
    id              bigserial   primary key,
    conversation_id bigint      not null references chat_conversation,
    seq             integer     not null,
    author          text        not null check (author in ('CUSTOMER', 'ADVISOR', 'SYSTEM')),
    advisor_id      bigint,
    author_name     text,
    client_id       text,
    body            text        not null,
    sent_at         timestamptz not null,
    unique (conversation_id, seq),
    unique (conversation_id, client_id)
);

-- The channel itself proved who the customer is (a chat from the company's site, where they are signed in).
alter table work_item add column verified_by_channel boolean not null default false;
