-- Files a customer sends in a chat (a photo of the box, an invoice): kept whole up to fidele.chat.attachment-limit,
-- each shown in the conversation as a message naming it.
create table chat_file (
    id              bigserial   primary key,
    conversation_id bigint      not null references chat_conversation,
    filename        text        not null,
    content_type    text        not null,
    size            bigint      not null,
    content         bytea       not null,
    created_at      timestamptz not null
);
create index chat_file_conversation on chat_file (conversation_id);
alter table chat_message add column file_id bigint references chat_file;
