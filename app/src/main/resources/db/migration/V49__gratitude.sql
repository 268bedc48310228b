-- Gratitude that is never automated (issue 16, seed 000 "MERCI : un mot puissant et durable"): the moments that deserve
-- a personal thank-you, each a reminder for the person who knows the customer best, who calls or writes personally
-- and records it. Fidèle sends nothing itself.
create table gratitude_reminder (
    id               bigserial   primary key,
    -- the customers module's and the users' ids: no foreign key across modules (decision 8)
    customer_id      bigint      not null,
    moment           text        not null check (moment in ('NEW_CUSTOMER', 'ANNIVERSARY', 'COMPLAINT_RESOLVED', 'HELPED', 'LOSS')),
    -- what makes the moment one occasion: the anniversary's year, the complaint's case, the day it was noted
    occasion         text        not null,
    -- what the person who noticed it wrote (a referral, a story, a loss mentioned); null for the moments Fidèle finds
    context          text,
    noticed_by       bigint,
    noticed_at       timestamptz not null,
    -- who knows the customer best: the advisor of their latest contact; null: the supervisors' list
    assignee_id      bigint,
    due_on           date        not null,
    status           text        not null default 'OPEN' check (status in ('OPEN', 'THANKED', 'DISMISSED')),
    thanked_at       timestamptz,
    thanked_by       bigint,
    channel          text        check (channel in ('PHONE', 'LETTER', 'CARD', 'EMAIL', 'MESSAGE', 'IN_PERSON')),
    -- what they said or wrote, in their own words
    note             text,
    -- the note's words, normalised and hashed: the same words are not accepted for another customer
    note_digest      text,
    dismissed_reason text,
    unique (customer_id, moment, occasion),
    check ((status = 'THANKED') = (thanked_at is not null and channel is not null and note is not null))
);
create index gratitude_reminder_assignee on gratitude_reminder (assignee_id, status, due_on);
create index gratitude_reminder_customer on gratitude_reminder (customer_id);
create index gratitude_reminder_digest on gratitude_reminder (note_digest) where note_digest is not null;

-- Read contract (decision 8) of the gratitude module: each moment noticed and whether the customer was thanked.
create view gratitude_facts as
select customer_id, moment, noticed_at, status, thanked_at
from gratitude_reminder;
