-- Routing's time windows as an administrator set them on the settings page; a null column keeps the value of the
-- configuration (fidele.routing.*). One row.
create table routing_setting (
    id                      integer primary key check (id = 1),
    sticky_window_seconds   bigint check (sticky_window_seconds >= 0),
    sticky_wait_seconds     bigint check (sticky_wait_seconds >= 0),
    offer_timeout_seconds   bigint check (offer_timeout_seconds > 0),
    advisor_timeout_seconds bigint check (advisor_timeout_seconds > 0),
    updated_by              text        not null,
    updated_at              timestamptz not null default now()
);
