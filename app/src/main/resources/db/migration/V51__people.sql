-- People who grow (issue 16, seed 002: advisors chosen, trained and followed constantly, with clear objectives on
-- satisfaction and loyalty rather than time): objectives per advisor and team, the training catalogue and who followed
-- what, coaching sessions, and an anonymous advisor pulse survey.

-- An objective is on what the service is for; there is no handle-time measure to choose.
create table objective (
    id           bigserial   primary key,
    advisor_id   bigint,
    team_id      bigint,
    measure      text        not null check (measure in ('CSAT', 'NPS', 'FCR', 'QUALITY_SCORE', 'LOYALTY_CONTRIBUTION')),
    target       numeric(7, 3) not null,
    period_start date        not null,
    period_end   date        not null,
    note         text,
    set_by       bigint      not null,
    set_at       timestamptz not null,
    check ((advisor_id is null) <> (team_id is null)),
    check (period_end >= period_start)
);
create index objective_advisor on objective (advisor_id, period_end);
create index objective_team on objective (team_id, period_end);

create table training_module (
    code           text    primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    title_fr       text    not null,
    title_en       text    not null,
    skill          text    not null check (skill in ('BEHAVIOUR', 'LISTENING', 'STRESS', 'BUSINESS', 'POLICY')),
    description_fr text    not null,
    description_en text    not null,
    minutes        int     not null check (minutes between 5 and 10000),
    active         boolean not null default true
);

create table training_record (
    id           bigserial   primary key,
    advisor_id   bigint      not null,
    module_code  text        not null references training_module (code),
    completed_on date        not null,
    recorded_by  bigint      not null,
    recorded_at  timestamptz not null,
    unique (advisor_id, module_code, completed_on)
);
create index training_record_advisor on training_record (advisor_id, completed_on);

create table coaching_session (
    id             bigserial   primary key,
    advisor_id     bigint      not null,
    coach_id       bigint      not null check (coach_id <> advisor_id),
    held_on        date        not null,
    topic          text        not null,
    -- the quality module's evaluations discussed (its ids: no foreign key across modules, decision 8)
    evaluation_ids bigint[]    not null default '{}',
    agreed_actions text        not null,
    follow_up_on   date,
    followed_up_at timestamptz,
    follow_up_note text,
    recorded_at    timestamptz not null
);
create index coaching_session_advisor on coaching_session (advisor_id, held_on);

-- The pulse survey is anonymous: an answer keeps the team and the month, never the advisor; who has answered a month
-- is kept apart, so that each answers once.
create table pulse_answer (
    id         bigserial primary key,
    team_id    bigint,
    month      date      not null,
    -- "I am satisfied with my work here", "I have what I need to serve customers well", "I would recommend this team
    -- as a place to work": each 1 to 5
    satisfied  int       not null check (satisfied between 1 and 5),
    equipped   int       not null check (equipped between 1 and 5),
    recommend  int       not null check (recommend between 1 and 5)
);
create index pulse_answer_team on pulse_answer (team_id, month);

create table pulse_participation (
    advisor_id bigint not null,
    month      date   not null,
    primary key (advisor_id, month)
);
