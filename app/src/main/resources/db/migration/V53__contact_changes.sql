-- Contacts changed after they ended, and contacts erased, for the loyalty figures held in memory: a fold reads again
-- the contacts numbered above those it holds, those that arrived within the hour and those still open, but an ended
-- contact corrected later (its reason, its queue, moved to a case, its first reply written) or erased would otherwise
-- wait for the nightly recomputation. Written by triggers, so that no path that changes a contact can forget it; a
-- change to an open contact needs no entry (open contacts are read again at every fold), which keeps the table to
-- the rare corrections. The contacts module deletes entries older than a day (ContactChangesCleanup).
create table contact_change (
    contact_id bigint      not null,
    changed_at timestamptz not null default now(),
    erased     boolean     not null default false
);
create index contact_change_at on contact_change (changed_at);

create function contact_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into contact_change (contact_id, erased) values (old.id, true);
        return old;
    end if;
    insert into contact_change (contact_id) values (new.id);
    return new;
end
$$;

-- Only the columns the figures read (contact_facts): erasing old wrap-up notes, say, changes none of them.
create trigger contact_changed_after_its_end after update on contact
    for each row when (old.ended_at is not null and
        (old.customer_id, old.case_id, old.channel, old.direction, old.reason_code, old.queue, old.arrived_at,
         old.queued_at, old.answered_at, old.ended_at, old.ended_by, old.resolved, old.first_of_case,
         old.first_response_at)
        is distinct from
        (new.customer_id, new.case_id, new.channel, new.direction, new.reason_code, new.queue, new.arrived_at,
         new.queued_at, new.answered_at, new.ended_at, new.ended_by, new.resolved, new.first_of_case,
         new.first_response_at))
    execute function contact_changed();
create trigger contact_erased after delete on contact
    for each row execute function contact_changed();

-- Read contract (see V12): which contacts changed after their end, or were erased, and when.
create view contact_change_facts as
select contact_id, changed_at, erased
from contact_change;
