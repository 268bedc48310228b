-- The first leg's advisor is a column the loyalty figures read (contact_leg_facts, seq 1): a correction of it after
-- the contact ended is logged as a change of the contact (see V53). New legs need no entry: a leg is added while its
-- contact is open, or with a contact imported after the fact, which the fold reads as new; a leg deleted goes with
-- its contact, whose erasure is logged.
create function first_leg_changed() returns trigger language plpgsql as $$
begin
    insert into contact_change (contact_id)
    select id from contact where id = new.contact_id and ended_at is not null;
    return new;
end
$$;

create trigger first_leg_changed_after_its_end after update on contact_leg
    for each row when (old.seq = 1 and (old.advisor_id, old.contact_id) is distinct from (new.advisor_id, new.contact_id))
    execute function first_leg_changed();
