-- Answers written once and used many times ("macros"): for a contact reason (or any), in French or English, with
-- the customer's first name, the advisor's name and the case reference filled in when the advisor picks one.
create table reply_template (
    id          bigserial   primary key,
    name        text        not null,
    reason_code text,
    language    text        not null check (language in ('fr', 'en')),
    body        text        not null,
    created_at  timestamptz not null default now(),
    unique (name, language)
);
