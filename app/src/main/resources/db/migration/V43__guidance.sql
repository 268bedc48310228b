-- Interview guides (issue 15, seed 002): a guide answers one situation (a reason, a channel, a segment, a churn risk
-- or an open complaint); each version holds its variants by customer expertise and language, written in Markdown by
-- supervisors and live only once a second person approved it. Each showing of a guide on a contact is kept, with what
-- the advisor did of it (followed steps, skipped, did not fit), so that each guide and version is measured.
create table guide (
    id          bigserial   primary key,
    code        text        not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    title_fr    text        not null,
    title_en    text        not null,
    reason_code text,
    channel     text,
    segment     text        check (segment in ('RESIDENTIAL', 'PROFESSIONAL', 'PREMIUM')),
    situation   text        check (situation in ('CHURN_RISK', 'OPEN_COMPLAINT')),
    created_at  timestamptz not null,
    retired_at  timestamptz
);

create table guide_version (
    id          bigserial   primary key,
    guide_id    bigint      not null references guide (id),
    version     int         not null,
    status      text        not null check (status in ('DRAFT', 'PROPOSED', 'LIVE', 'RETIRED', 'REFUSED')),
    written_by  bigint      not null,
    written_at  timestamptz not null,
    change_note text,
    decided_by  bigint,
    decided_at  timestamptz,
    unique (guide_id, version),
    -- the second person: whoever wrote a version cannot approve it
    check (decided_by is null or decided_by <> written_by or status = 'RETIRED')
);
create unique index guide_one_live_version on guide_version (guide_id) where status = 'LIVE';

create table guide_variant (
    version_id bigint not null references guide_version (id),
    expertise  text   not null check (expertise in ('NOVICE', 'INTERMEDIATE', 'EXPERT')),
    language   text   not null check (language in ('fr', 'en')),
    body       text   not null,
    primary key (version_id, expertise, language)
);

-- An advisor's suggested change to a guide, for its supervisors to take up or close.
create table guide_suggestion (
    id           bigserial   primary key,
    guide_id     bigint      not null references guide (id),
    version_id   bigint      references guide_version (id),
    suggested_by bigint      not null,
    suggested_at timestamptz not null,
    body         text        not null,
    closed_by    bigint,
    closed_at    timestamptz
);
create index guide_suggestion_open on guide_suggestion (guide_id) where closed_at is null;

-- A guide shown beside a contact, and what the advisor did of it. The contact, customer and advisor are the contacts',
-- customers' and accounts' ids (no foreign key across modules: decision 8).
create table guide_use (
    id          bigserial   primary key,
    contact_id  bigint      not null,
    customer_id bigint,
    advisor_id  bigint,
    version_id  bigint      not null references guide_version (id),
    expertise   text        not null,
    language    text        not null,
    shown_at    timestamptz not null,
    outcome     text        check (outcome in ('FOLLOWED', 'SKIPPED', 'DID_NOT_FIT')),
    decided_at  timestamptz,
    steps       int[]       not null default '{}',
    answers     text[]      not null default '{}',
    -- one use per variant shown: the expert variant opened after the intermediate one is a use of its own
    unique (contact_id, version_id, expertise, language)
);
create index guide_use_version on guide_use (version_id, shown_at);
create index guide_use_customer on guide_use (customer_id);

-- Read contract (decision 8) of the guidance module: which guide was shown on which contact, to which customer, and
-- whether it was followed (the loyalty tool measures each guide). No text.
-- One row per contact and version: where several variants were shown, the one followed, else the last shown.
create view guide_use_facts as
select distinct on (u.contact_id, u.version_id)
       u.contact_id, u.customer_id, g.code as guide, v.version, u.expertise, u.language, u.shown_at,
       u.outcome = 'FOLLOWED' as followed, u.outcome
from guide_use u join guide_version v on v.id = u.version_id join guide g on g.id = v.guide_id
order by u.contact_id, u.version_id, coalesce(u.outcome = 'FOLLOWED', false) desc, u.shown_at desc, u.id desc;

-- The situation an advisor named in the guide's panel before the wrap-up (the reason the customer gave), so that the
-- guide follows it while the contact lasts.
create table guide_moment (
    contact_id  bigint      primary key,
    reason_code text        not null,
    set_at      timestamptz not null
);
