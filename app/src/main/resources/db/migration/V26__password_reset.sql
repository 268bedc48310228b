-- An account's e-mail address, where a forgotten password's reset link is sent; unique whatever its case, so that a
-- request names one account.
alter table app_user add column email text;
create unique index app_user_email on app_user (lower(email));

-- Requests for a reset link by people who forgot their password. A request that matched an account holds the
-- SHA-256 digest of its link's secret (never the secret), valid for a short while and once; one that matched none is
-- kept too, without a link, so that the requests of an address are counted whatever they named.
create table password_reset (
    id           bigserial   primary key,
    requested_by text        not null,
    requested_at timestamptz not null,
    user_id      bigint      references app_user on delete cascade,
    token_digest bytea       unique,
    expires_at   timestamptz,
    used_at      timestamptz,
    check ((user_id is null) = (token_digest is null) and (token_digest is null) = (expires_at is null))
);
create index password_reset_user on password_reset (user_id, requested_at);
create index password_reset_address on password_reset (requested_by, requested_at);
create index password_reset_age on password_reset (requested_at);
