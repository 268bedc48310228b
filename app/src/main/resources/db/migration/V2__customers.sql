-- The customer and what became of them.
create extension if not exists pg_trgm;

create table customer (
    id             bigserial primary key,
    reference      text          not null unique,
    display_name   text          not null,
    -- lower-cased, accent-free name, reference, e-mails and phone numbers: what the search box matches
    search_text    text          not null,
    language       text          not null default 'fr' check (language in ('fr', 'en')),
    segment        text          not null check (segment in ('RESIDENTIAL', 'PROFESSIONAL', 'PREMIUM')),
    expertise      text          not null check (expertise in ('NOVICE', 'INTERMEDIATE', 'EXPERT')),
    monthly_value  numeric(12, 2) not null default 0 check (monthly_value >= 0),
    customer_since date          not null,
    consent_email  boolean       not null default false,
    consent_sms    boolean       not null default false,
    consent_phone  boolean       not null default false,
    notes          text,
    churned_on     date,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        integer       not null default 0
);
-- Substring search stays an index scan at millions of customers.
create index customer_search_text on customer using gin (search_text gin_trgm_ops);

create table customer_identity (
    id          bigserial primary key,
    customer_id bigint not null references customer on delete cascade,
    kind        text   not null check (kind in ('EMAIL', 'PHONE', 'SOCIAL')),
    value       text   not null,
    unique (kind, value)
);
create index customer_identity_customer on customer_identity (customer_id);

create table outcome_event (
    id            bigserial primary key,
    customer_id   bigint        not null references customer on delete cascade,
    type          text          not null check (type in ('SUBSCRIBED', 'RENEWED', 'UPGRADED', 'DOWNGRADED', 'CANCELLED', 'WON_BACK')),
    occurred_on   date          not null,
    monthly_value numeric(12, 2) check (monthly_value >= 0),
    note          text,
    external_ref  text unique,
    created_by    text          not null,
    created_at    timestamptz   not null default now()
);
create index outcome_event_customer on outcome_event (customer_id, occurred_on);
