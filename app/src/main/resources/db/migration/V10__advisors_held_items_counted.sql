-- Each advisor's held items (offered, in conversation, being wrapped up), counted by kind of channel on the
-- advisor's routing row as the items change, by a trigger so that no path can forget it. Assignment and the wait
-- estimate read these counts for hundreds of advisors many times a second; counting the items instead read the
-- work_item index, which every change of state leaves dead entries in (measured under 30 calls/s: 5 ms a round,
-- and 36 ms a staffing estimate, most of it dead entries).
alter table advisor_routing
    add column voice_held   integer not null default 0,
    add column chat_held    integer not null default 0,
    add column written_held integer not null default 0;

-- The same grouping as the application's ChannelKind (a test checks they agree).
create function channel_kind(channel text) returns text language sql immutable as $$
    select case when channel in ('PHONE', 'CALLBACK', 'IN_PERSON') then 'VOICE'
                when channel in ('CHAT', 'SOCIAL') then 'CHAT'
                else 'WRITTEN' end
$$;

-- Adds the changes (advisor, kind, +1 or -1) to the counts, one update per advisor and in the advisors' order: an
-- assignment round offering two hundred items, or a bulk close, updates each advisor's row once. In PL/pgSQL, whose
-- statements' plans a session keeps (an SQL function's would be planned again at each change of an item).
create function add_held(advisors bigint[], kinds text[], deltas integer[]) returns void language plpgsql as $$
begin
    insert into advisor_routing (advisor_id, voice_held, chat_held, written_held)
    select * from (
        select advisor, coalesce(sum(delta) filter (where kind = 'VOICE'), 0) as voice,
               coalesce(sum(delta) filter (where kind = 'CHAT'), 0) as chat,
               coalesce(sum(delta) filter (where kind = 'WRITTEN'), 0) as written
        from unnest(advisors, kinds, deltas) as change (advisor, kind, delta)
        group by advisor) as per_advisor
    where voice <> 0 or chat <> 0 or written <> 0
    order by advisor
    on conflict (advisor_id) do update set voice_held = advisor_routing.voice_held + excluded.voice_held,
        chat_held = advisor_routing.chat_held + excluded.chat_held,
        written_held = advisor_routing.written_held + excluded.written_held;
end
$$;

-- Per statement, from the rows it changed: an item leaving an advisor's hands counts -1, one entering +1 (accepting
-- an offer or wrapping up keeps it held by the same advisor: the two cancel and the row is not touched).
create function count_held_items() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform add_held(array_agg(advisor_id), array_agg(channel_kind(channel)), array_agg(1))
        from new_items where advisor_id is not null and state in ('OFFERED', 'CONNECTED', 'WRAP_UP');
    elsif tg_op = 'DELETE' then
        perform add_held(array_agg(advisor_id), array_agg(channel_kind(channel)), array_agg(-1))
        from old_items where advisor_id is not null and state in ('OFFERED', 'CONNECTED', 'WRAP_UP');
    else
        perform add_held(array_agg(advisor_id), array_agg(kind), array_agg(delta)) from (
            select advisor_id, channel_kind(channel) as kind, -1 as delta from old_items
            where advisor_id is not null and state in ('OFFERED', 'CONNECTED', 'WRAP_UP')
            union all
            select advisor_id, channel_kind(channel), 1 from new_items
            where advisor_id is not null and state in ('OFFERED', 'CONNECTED', 'WRAP_UP')) as change;
    end if;
    return null;
end
$$;

create trigger work_item_held_added after insert on work_item referencing new table as new_items
    for each statement execute function count_held_items();
create trigger work_item_held_changed after update on work_item referencing old table as old_items new table as new_items
    for each statement execute function count_held_items();
create trigger work_item_held_removed after delete on work_item referencing old table as old_items
    for each statement execute function count_held_items();

-- Emptying the table empties every advisor's hands.
create function forget_held_items() returns trigger language plpgsql as $$
begin
    update advisor_routing set voice_held = 0, chat_held = 0, written_held = 0
    where voice_held <> 0 or chat_held <> 0 or written_held <> 0;
    return null;
end
$$;

create trigger work_item_emptied after truncate on work_item for each statement execute function forget_held_items();

insert into advisor_routing (advisor_id, voice_held, chat_held, written_held)
select advisor_id, count(*) filter (where channel_kind(channel) = 'VOICE'), count(*) filter (where channel_kind(channel) = 'CHAT'),
       count(*) filter (where channel_kind(channel) = 'WRITTEN')
from work_item where advisor_id is not null and state in ('OFFERED', 'CONNECTED', 'WRAP_UP') group by advisor_id
on conflict (advisor_id) do update set voice_held = excluded.voice_held, chat_held = excluded.chat_held,
    written_held = excluded.written_held;

-- Routing rewrites these rows many times a second: vacuum them after a few percent have changed rather than the
-- default fifth, and leave room on the small advisors' table's pages for in-place (HOT) updates of signs of life and
-- counts.
alter table work_item set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 500,
                           autovacuum_analyze_scale_factor = 0.02);
alter table advisor_routing set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.05, autovacuum_vacuum_threshold = 500);
alter table work_offer set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
