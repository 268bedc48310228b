-- "Anything else I can offer?" (issue 15, seed 000): the company's products and services, the links between them
-- (a complement, an upgrade, what a customer in this situation usually needs next), what each customer holds, the
-- suggestions shown beside a contact and what the advisor made of them. Loyalty, not the sale, is the measure: the
-- suggestions' read contract feeds the decision tool.
create table product (
    code           text        primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_fr        text        not null,
    name_en        text        not null,
    category       text,
    active         boolean     not null default true,
    changed_at     timestamptz not null
);

create table product_link (
    id           bigserial primary key,
    -- null: anyone, whatever they hold (what a customer in this situation usually needs next)
    from_product text      references product (code),
    to_product   text      not null references product (code),
    kind         text      not null check (kind in ('COMPLEMENT', 'UPGRADE', 'NEXT_NEED')),
    -- the contact reason and the segment the link fits (null: any)
    reason_code  text,
    segment      text      check (segment in ('RESIDENTIAL', 'PROFESSIONAL', 'PREMIUM')),
    why_fr       text      not null,
    why_en       text      not null,
    check (from_product is distinct from to_product),
    unique nulls not distinct (from_product, to_product, reason_code, segment)
);

-- What each customer holds (the customers module's id: no foreign key across modules, decision 8).
create table customer_product (
    customer_id bigint not null,
    product     text   not null references product (code),
    since       date   not null,
    primary key (customer_id, product)
);

create table suggestion (
    id          bigserial   primary key,
    contact_id  bigint      not null,
    customer_id bigint      not null,
    advisor_id  bigint,
    product     text        not null references product (code),
    link_id     bigint      references product_link (id) on delete set null,
    shown_at    timestamptz not null,
    status      text        check (status in ('OFFERED', 'ACCEPTED', 'NOT_RELEVANT')),
    decided_at  timestamptz,
    unique (contact_id, product)
);
create index suggestion_customer on suggestion (customer_id);

-- A supervisor's rule: whether suggestions may still be shown to a customer with an open complaint or a cancellation
-- request (by default they are not).
create table suggestion_rule (
    situation text        primary key check (situation in ('OPEN_COMPLAINT', 'CANCELLATION_REQUEST')),
    allowed   boolean     not null,
    set_by    bigint      not null,
    set_at    timestamptz not null
);

-- Read contract (decision 8) of the catalogue module: each suggestion shown on a contact and what became of it.
create view suggestion_facts as
select contact_id, customer_id, product, shown_at, status
from suggestion;
