-- Assumptions behind the value at stake, visible and editable by a director.
create table loyalty_setting (
    key        text primary key,
    value      numeric     not null check (value >= 0),
    updated_by text        not null,
    updated_at timestamptz not null default now()
);
