-- Files attached to messages received. One over the size limit is not kept: its row says so (refused), so that the case
-- shows that the customer sent something Fidèle refused, and the message itself is kept.
create table email_attachment (
    id           bigserial primary key,
    message_id   bigint    not null references email_message on delete cascade,
    filename     text      not null,
    content_type text      not null,
    size         bigint    not null check (size >= 0),
    content      bytea,
    refused      text      check (refused in ('TOO_LARGE')),
    check ((content is null) = (refused is not null))
);
create index email_attachment_message on email_attachment (message_id);
