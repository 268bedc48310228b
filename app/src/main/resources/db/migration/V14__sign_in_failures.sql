-- Failed sign-ins counted per account and per network address, so that guessing a password is slowed, then stopped
-- (SignInThrottle). Kept in the database so that every instance of Fidèle sees the same count.
create table sign_in_failure (
    subject      text        primary key check (subject ~ '^(account|address):'),
    failures     integer     not null check (failures > 0),
    last_failure timestamptz not null,
    locked_until timestamptz
);
