-- Self-service (issue 15): a customer signed in on the help centre is a contact of the channel SELF_SERVICE, one a
-- day, in their case file and in the loyalty figures (the channel's exposure); the articles read on it.
alter table contact drop constraint contact_channel_check;
alter table contact add constraint contact_channel_check
    check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB_FORM', 'SOCIAL', 'IN_PERSON', 'CALLBACK', 'SELF_SERVICE'));

create table help_centre_read (
    id          bigserial   primary key,
    contact_id  bigint      not null,
    customer_id bigint      not null,
    article_id  bigint      not null references article (id),
    language    text        not null check (language in ('fr', 'en')),
    read_at     timestamptz not null
);
create index help_centre_read_contact on help_centre_read (contact_id);
create index help_centre_read_customer on help_centre_read (customer_id);
