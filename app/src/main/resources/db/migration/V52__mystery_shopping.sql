-- Mystery shopping of the company and of its competitors (issue 16, seeds 000 and 004): campaigns with scenarios and
-- a grid, outside shoppers who see only their assignments, visits, calls, e-mails or chats scored with the grid, with
-- their date, channel and evidence, wave after wave.

create table mystery_competitor (
    id   bigserial primary key,
    name text      not null unique
);

create table mystery_campaign (
    id         bigserial   primary key,
    name       text        not null,
    -- the quality module's grid version every visit is scored with (no foreign key across modules, decision 8)
    grid_id    bigint      not null,
    created_by bigint      not null,
    created_at timestamptz not null
);

create table mystery_scenario (
    id          bigserial primary key,
    campaign_id bigint    not null references mystery_campaign (id),
    title       text      not null,
    situation   text      not null,
    channel     text      not null check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB_FORM', 'SOCIAL', 'IN_PERSON', 'CALLBACK')),
    ask         text      not null,
    good        text      not null
);

-- A shopper's assignment: a scenario, in a wave, to play against the company (competitor null) or a competitor.
create table mystery_assignment (
    id            bigserial   primary key,
    scenario_id   bigint      not null references mystery_scenario (id),
    wave          int         not null check (wave > 0),
    shopper_id    bigint      not null,
    competitor_id bigint      references mystery_competitor (id),
    due_on        date        not null,
    -- the visit, once made: when, on which channel, what was seen, and its score with the campaign's grid
    visited_at    timestamptz,
    channel       text        check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB_FORM', 'SOCIAL', 'IN_PERSON', 'CALLBACK')),
    evidence      text,
    score         numeric(5, 2),
    critical_failed boolean,
    reported_at   timestamptz,
    check ((reported_at is null) = (visited_at is null))
);
create index mystery_assignment_shopper on mystery_assignment (shopper_id, reported_at);
create index mystery_assignment_scenario on mystery_assignment (scenario_id, wave);

create table mystery_answer (
    assignment_id bigint not null references mystery_assignment (id),
    position      int    not null,
    value         int,
    comment       text,
    primary key (assignment_id, position)
);
