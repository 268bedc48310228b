-- The e-mail channel. A mailbox is an address customers write to, read over IMAP and answered over SMTP, whose
-- messages join a routing queue. Its password is kept sealed (AES-GCM with the installation's key, never in clear).
create table mailbox (
    id              bigserial   primary key,
    address         text        not null,
    imap_host       text        not null,
    imap_port       integer     not null check (imap_port between 1 and 65535),
    imap_tls        boolean     not null,
    smtp_host       text        not null,
    smtp_port       integer     not null check (smtp_port between 1 and 65535),
    smtp_tls        boolean     not null,
    username        text        not null,
    password_sealed bytea       not null,
    queue_code      text        not null,
    enabled         boolean     not null default true,
    -- where the last fetch stopped: the folder's UIDVALIDITY and the last UID read in it
    uid_validity    bigint,
    last_uid        bigint      not null default 0,
    last_fetch_at   timestamptz,
    last_error      text,
    created_at      timestamptz not null default now()
);
create unique index mailbox_address on mailbox (lower(address));

-- A conversation by e-mail: the messages of one customer (or one unknown sender) about one case.
create table email_thread (
    id          bigserial   primary key,
    mailbox_id  bigint      not null references mailbox,
    sender      text        not null,
    customer_id bigint,
    case_id     bigint,
    subject     text,
    created_at  timestamptz not null
);
create index email_thread_case on email_thread (case_id);

-- Every message received or sent. A message is one row whatever the number of fetches (a crash between fetch and
-- mark, two instances): unique by its Message-ID in the mailbox, and by its UID in the folder.
create table email_message (
    id           bigserial   primary key,
    mailbox_id   bigint      not null references mailbox,
    thread_id    bigint      references email_thread,
    direction    text        not null check (direction in ('INBOUND', 'OUTBOUND')),
    message_id   text        not null,
    uid_validity bigint,
    uid          bigint,
    in_reply_to  text,
    refs         text[]      not null default '{}',
    sender       text        not null,
    recipients   text        not null,
    subject      text,
    sent_at      timestamptz,
    received_at  timestamptz not null,
    text_body    text,
    html_body    text,
    -- why it opened no case: an automatic reply, a bounce, a mailing list, or a sender writing too often
    ignored      text check (ignored in ('AUTO_REPLY', 'BOUNCE', 'BULK', 'RATE_LIMIT')),
    contact_id   bigint,
    unique (mailbox_id, message_id),
    unique (mailbox_id, uid_validity, uid)
);
create index email_message_thread on email_message (thread_id, received_at);
create index email_message_sender on email_message (mailbox_id, lower(sender), received_at);
