-- Who opened which customer's file, and when (the read audit of the privacy module): a customer's data is read only
-- by those who need it, and an administrator can check it.
create table customer_read (
    id          bigserial   primary key,
    customer_id bigint      not null,
    actor       text        not null,
    via         text        not null,
    at          timestamptz not null default now()
);
create index customer_read_customer on customer_read (customer_id, at desc);
create index customer_read_actor on customer_read (actor, at desc);

-- Erasures of personal data done on a customer's request: the proof that it was done, when, by whom and why.
create table customer_erasure (
    customer_id bigint      primary key,
    erased_at   timestamptz not null,
    actor       text        not null,
    reason      text        not null,
    contacts    integer     not null,
    cases       integer     not null
);
