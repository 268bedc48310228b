-- Surveys: satisfaction asked of the customers, after a contact (transactional) or of a sample of all of them
-- (relational, including those who never contacted the service). A survey is its questions, asked in order, each a
-- measure with its published scale: CSAT 1-5, NPS 0-10, CES 1-7, or free text.
create table survey (
    id         bigserial   primary key,
    name       text        not null,
    kind       text        not null check (kind in ('TRANSACTIONAL', 'RELATIONAL')),
    active     boolean     not null default true,
    created_at timestamptz not null
);

create table survey_question (
    survey_id bigint   not null references survey on delete cascade,
    position  smallint not null check (position between 1 and 10),
    measure   text     not null check (measure in ('CSAT', 'NPS', 'CES', 'TEXT')),
    text_fr   text     not null,
    text_en   text     not null,
    required  boolean  not null default false,
    primary key (survey_id, position)
);

-- Which contacts a transactional survey follows, as an administrator sets it: any of channel, reason and queue (null:
-- any), the share of those contacts sampled, and how many days a customer asked once is not asked again. Contacts
-- about a cancellation, or while the customer has a complaint open, are left alone unless the rule says otherwise.
create table survey_rule (
    id                      bigserial    primary key,
    survey_id               bigint       not null references survey on delete cascade,
    channel                 text,
    reason_code             text,
    queue_code              text,
    sample_percent          numeric(5,2) not null check (sample_percent > 0 and sample_percent <= 100),
    quiet_days              integer      not null default 30 check (quiet_days between 0 and 3650),
    after_cancellation      boolean      not null default false,
    during_open_complaint   boolean      not null default false,
    active                  boolean      not null default true,
    created_at              timestamptz  not null
);

-- One invitation to answer: its token is the customer's only key to the answer page (only its SHA-256 is kept), it
-- expires, and it remembers what the contact was (channel, reason, queue, advisor) so the figures filter without
-- reading the case file again; a relational survey's invitation says whether the customer was served (had a contact
-- in the year before the draw), so satisfaction compares served and not served. The address to write to, and the
-- token for the message's links, are kept only until the message has gone (after that, only the token's hash remains).
create table survey_invitation (
    id          bigserial   primary key,
    survey_id   bigint      not null references survey,
    token_hash  bytea       not null unique,
    customer_id bigint,
    contact_id  bigint,
    channel     text,
    reason_code text,
    queue_code  text,
    advisor_id  bigint,
    served      boolean,
    sent_via    text        not null check (sent_via in ('EMAIL', 'CHAT', 'PHONE', 'LINK')),
    send_to     text,
    send_token  text,
    send_attempts smallint  not null default 0,
    language    text        not null check (language in ('fr', 'en')),
    first_name  text,
    created_at  timestamptz not null,
    sent_at     timestamptz,
    expires_at  timestamptz not null,
    answered_at timestamptz,
    amended_at  timestamptz,
    -- its answers summed by measure, kept with it at each answer: the figures read this one table (a million answers
    -- in well under a second), never the answers themselves
    csat_answers   smallint not null default 0,
    csat_satisfied smallint not null default 0,
    nps_answers    smallint not null default 0,
    nps_promoters  smallint not null default 0,
    nps_detractors smallint not null default 0,
    ces_answers    smallint not null default 0,
    ces_sum        smallint not null default 0,
    ces_squares    smallint not null default 0
);
create index survey_invitation_customer on survey_invitation (customer_id, created_at);
create index survey_invitation_survey on survey_invitation (survey_id, created_at);
create index survey_invitation_unsent on survey_invitation (id) where sent_via = 'EMAIL' and sent_at is null;

-- The answers, one per question of an invitation: a second answer to the same invitation amends the first.
create table survey_answer (
    invitation_id bigint   not null references survey_invitation on delete cascade,
    position      smallint not null,
    measure       text     not null check (measure in ('CSAT', 'NPS', 'CES', 'TEXT')),
    score         smallint,
    comment       text,
    primary key (invitation_id, position),
    check ((measure = 'TEXT') = (score is null)),
    check (measure <> 'CSAT' or score between 1 and 5),
    check (measure <> 'NPS' or score between 0 and 10),
    check (measure <> 'CES' or score between 1 and 7)
);

-- Customers who asked not to be surveyed again (the link at the foot of every survey message).
create table survey_objection (
    customer_id bigint      primary key,
    objected_at timestamptz not null
);

-- Closing the loop: an unhappy answer (a detractor, a CSAT of 1 or 2) opens a follow-up for the advisor of the contact
-- it is about (none for a relational survey: the supervisors take it), due within fidele.feedback.follow-up-within; it
-- is closed with a note of what was done.
create table survey_follow_up (
    id            bigserial   primary key,
    invitation_id bigint      not null unique references survey_invitation on delete cascade,
    customer_id   bigint,
    assignee_id   bigint,
    opened_at     timestamptz not null,
    due_at        timestamptz not null,
    closed_at     timestamptz,
    closed_by     bigint,
    note          text
);
create index survey_follow_up_open on survey_follow_up (assignee_id, due_at) where closed_at is null;

-- Read contract (decision 8): the scores customers gave about their contacts, for the loyalty scans, which date a
-- satisfaction experience by the contact it is about. No comment, no name: scores only.
create view survey_score_facts as
select i.contact_id, i.customer_id, i.survey_id, a.measure, a.score, coalesce(i.amended_at, i.answered_at) as answered_at
from survey_answer a join survey_invitation i on i.id = a.invitation_id
where a.score is not null;

-- Read contract (decision 8): the follow-ups of unhappy answers, for the loyalty scans (do closed loops keep
-- customers?), each with the contact its answer is about. No note.
create view survey_follow_up_facts as
select i.contact_id, f.customer_id, f.opened_at, f.due_at, f.closed_at,
       f.closed_at is not null and f.closed_at <= f.due_at as closed_in_time
from survey_follow_up f join survey_invitation i on i.id = f.invitation_id;
