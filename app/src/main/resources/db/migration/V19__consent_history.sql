-- Every change of a customer's consent to be contacted, channel by channel, with when, who and the source given (the
-- form, the call, the import...), as data-protection law asks a company to prove.
create table consent_change (
    id          bigserial   primary key,
    customer_id bigint      not null references customer on delete cascade,
    channel     text        not null check (channel in ('EMAIL', 'SMS', 'PHONE')),
    granted     boolean     not null,
    at          timestamptz not null default now(),
    actor       text        not null,
    source      text        not null
);
create index consent_change_customer on consent_change (customer_id, at);
