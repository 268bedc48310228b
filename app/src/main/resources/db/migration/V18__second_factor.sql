-- A person's second factor: the secret their authenticator app shares with Fidèle (RFC 6238), confirmed once they
-- typed a first code from it, and the last time step used, so that a code is accepted once.
create table user_second_factor (
    user_id        bigint      primary key references app_user on delete cascade,
    secret         text        not null,
    confirmed_at   timestamptz,
    last_used_step bigint
);
