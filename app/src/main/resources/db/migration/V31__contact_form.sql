-- The company's contact forms: a public page (and an embeddable version) for customers who neither call nor write an
-- e-mail. Each is answered by e-mail from one mailbox; its address carries an unguessable key, and the time a form was
-- shown is signed with the form's own secret, so that a robot posting at once is recognised on any instance.
create table contact_form (
    id            bigserial   primary key,
    public_key    text        not null unique,
    name          text        not null,
    mailbox_id    bigint      not null,
    ticket_secret text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null
);
