-- Quality you can see (issue 16, seeds 000 and 004): evaluation grids (scorecards) in versions, supervisors'
-- evaluations of contacts drawn at random per advisor each month or chosen for a reason, the advisor's comment and
-- one contest, and calibration sessions where several evaluators score the same contacts.

-- A grid's version: a change writes a new version under the same code, and an evaluation keeps the version it used.
create table quality_grid (
    id          bigserial   primary key,
    code        text        not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    version     int         not null check (version > 0),
    name_fr     text        not null,
    name_en     text        not null,
    -- the situation it fits: a channel, a contact reason (null: any)
    channel     text,
    reason_code text,
    -- the score, in percent, at or above which a contact is "scored well"
    pass_mark   int         not null check (pass_mark between 1 and 100),
    written_by  bigint      not null,
    written_at  timestamptz not null,
    unique (code, version)
);

create table quality_criterion (
    grid_id    bigint  not null references quality_grid (id),
    position   int     not null check (position > 0),
    section_fr text    not null,
    section_en text    not null,
    label_fr   text    not null,
    label_en   text    not null,
    weight     int     not null check (weight between 1 and 100),
    -- SCALE: 1 to scale_max; YES_NO: 1 (yes) or 0 (no)
    kind       text    not null check (kind in ('SCALE', 'YES_NO')),
    scale_max  int     check (scale_max between 2 and 10),
    -- a critical criterion answered "no" (or at the bottom of its scale) fails the whole evaluation
    critical   boolean not null,
    primary key (grid_id, position),
    check ((kind = 'SCALE') = (scale_max is not null))
);

-- A calibration session: several evaluators score the same contacts with one grid, to see whether they agree.
create table quality_calibration (
    id         bigserial   primary key,
    name       text        not null,
    grid_id    bigint      not null references quality_grid (id),
    created_by bigint      not null,
    created_at timestamptz not null
);

create table quality_calibration_contact (
    calibration_id bigint not null references quality_calibration (id),
    contact_id     bigint not null,
    primary key (calibration_id, contact_id)
);

create table quality_calibration_evaluator (
    calibration_id bigint not null references quality_calibration (id),
    evaluator_id   bigint not null,
    primary key (calibration_id, evaluator_id)
);

-- The contacts drawn for evaluation: at random per advisor each month, or for a reason (a detractor, a hang-up,
-- a long transfer chain). The contacts module's and the users' ids: no foreign key across modules (decision 8).
create table quality_pick (
    contact_id bigint      not null primary key,
    advisor_id bigint      not null,
    month      date        not null,
    reason     text        not null check (reason in ('RANDOM', 'DETRACTOR', 'HANG_UP', 'TRANSFER_CHAIN')),
    picked_at  timestamptz not null
);
create index quality_pick_month on quality_pick (month, advisor_id);

create table quality_evaluation (
    id               bigserial   primary key,
    grid_id          bigint      not null references quality_grid (id),
    contact_id       bigint      not null,
    customer_id      bigint,
    -- the advisor evaluated (the contact's last advisor unless the evaluator names another of its legs)
    advisor_id       bigint      not null,
    evaluator_id     bigint      not null check (evaluator_id <> advisor_id),
    calibration_id   bigint      references quality_calibration (id),
    chosen_because   text        not null check (chosen_because in ('RANDOM', 'DETRACTOR', 'HANG_UP', 'TRANSFER_CHAIN', 'CHOSEN', 'CALIBRATION')),
    -- in percent of the applicable weight; 0 when a critical criterion failed
    score            numeric(5, 2),
    critical_failed  boolean     not null,
    comment          text,
    evaluated_at     timestamptz not null,
    -- what the advisor made of it: seen, a comment, one contest, and its answer
    seen_at          timestamptz,
    advisor_comment  text,
    contested_at     timestamptz,
    contest_reason   text,
    contest_decision text        check (contest_decision in ('UPHELD', 'REVISED')),
    contest_answer   text,
    decided_by       bigint,
    decided_at       timestamptz,
    -- the score before a contest revised it
    first_score      numeric(5, 2),
    check (contest_decision is null or contested_at is not null),
    check (decided_by is null or decided_by <> advisor_id)
);
create index quality_evaluation_advisor on quality_evaluation (advisor_id, evaluated_at);
create index quality_evaluation_contact on quality_evaluation (contact_id);
create unique index quality_evaluation_once_per_calibration on quality_evaluation (calibration_id, contact_id, evaluator_id)
    where calibration_id is not null;

create table quality_answer (
    evaluation_id bigint not null references quality_evaluation (id),
    position      int    not null,
    -- null: not applicable
    value         int,
    comment       text,
    primary key (evaluation_id, position)
);

-- Read contract (decision 8) of the quality module: each evaluation outside calibrations, for the decision tool.
create view quality_evaluation_facts as
select e.id, e.contact_id, e.customer_id, e.advisor_id, e.score, e.critical_failed, e.score >= g.pass_mark and not e.critical_failed as scored_well,
       e.evaluated_at
from quality_evaluation e join quality_grid g on g.id = e.grid_id
where e.calibration_id is null;
