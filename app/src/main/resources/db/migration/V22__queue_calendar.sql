-- When each queue is open: hours per weekday (1 Monday .. 7 Sunday, in fidele.routing.zone) and closed days. A queue
-- with no hours is always open.
create table queue_hours (
    queue_code text    not null references routing_queue on delete cascade,
    weekday    integer not null check (weekday between 1 and 7),
    opens      time    not null,
    closes     time    not null check (closes > opens),
    primary key (queue_code, weekday, opens)
);

create table queue_holiday (
    queue_code text not null references routing_queue on delete cascade,
    day        date not null,
    label      text not null,
    primary key (queue_code, day)
);
