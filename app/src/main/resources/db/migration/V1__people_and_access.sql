-- People who use Fidèle and how they reach it.
create table team (
    id   bigserial primary key,
    name text not null unique
);

create table app_user (
    id            bigserial primary key,
    username      text        not null unique,
    display_name  text        not null,
    password_hash text,
    roles         text[]      not null,
    team_id       bigint references team,
    language      text        not null default 'fr' check (language in ('fr', 'en')),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);

-- Personal API tokens: only a SHA-256 digest of the secret is kept.
create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user on delete cascade,
    name         text        not null,
    token_digest bytea       not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);
