-- Addresses a mailbox's mail could not be delivered to, as the bounces (delivery status notifications) say: the
-- advisor answering that customer is told, rather than writing into the void.
create table email_bounce (
    mailbox_id  bigint      not null references mailbox,
    address     text        not null,
    bounced_at  timestamptz not null,
    message_id  bigint      not null references email_message,
    primary key (mailbox_id, address)
);
