-- Contacts, their legs and the history partitioned by month (decision 32): a month is about twelve million contacts
-- at national scale, a period's figures read only its months, and an old month leaves for an archive by detaching
-- its partitions instead of deleting a billion rows. Partitions follow UTC months.
--
-- Every partitioned table has a default partition: a row for a month that has no partition yet (a contact imported
-- from years back, say) is kept there, read like any other, and merely not pruned. Month partitions are created ahead
-- by the application (MonthlyPartitions) and, here, for every month the database already holds.

-- Creates the partition of each month from first_day's to last_day's that has none and no row in the default
-- partition (those months stay in the default partition). Returns how many it created.
create function create_month_partitions(parent text, first_day timestamptz, last_day timestamptz) returns integer
language plpgsql as $$
declare
    key     text := (select a.attname from pg_partitioned_table p join pg_attribute a
                     on a.attrelid = p.partrelid and a.attnum = p.partattrs[0] where p.partrelid = parent::regclass);
    -- months counted on UTC's calendar whatever the session's time zone (a month added in Paris time would move the
    -- bounds by an hour across a change of summer time)
    first   timestamp := date_trunc('month', first_day at time zone 'UTC');
    last    timestamp := last_day at time zone 'UTC';
    month   timestamp;
    name    text;
    created integer := 0;
    held    boolean;
begin
    if not exists (select 1 from generate_series(first, last, interval '1 month') m
                   where to_regclass(parent || '_' || to_char(m, 'YYYY_MM')) is null) then
        return 0;
    end if;
    -- the table, all its partitions with it, locked before anything is read: two creators taking their locks in
    -- this one order cannot each hold what the other waits for
    execute format('lock table %I in access exclusive mode', parent);
    for month in select m from generate_series(first, last, interval '1 month') m loop
        name := parent || '_' || to_char(month, 'YYYY_MM');
        if to_regclass(name) is null then
            execute format('select exists (select 1 from %I where %I >= %L and %I < %L)', parent || '_default',
                           key, month at time zone 'UTC', key, (month + interval '1 month') at time zone 'UTC') into held;
            if not held then
                execute format('create table %I partition of %I for values from (%L) to (%L)', name, parent,
                               month at time zone 'UTC', (month + interval '1 month') at time zone 'UTC');
                created := created + 1;
            end if;
        end if;
    end loop;
    return created;
end
$$;

-- Creates, for every table partitioned by month (those with a default partition named after them), the partitions of
-- the current month and of the next ones. Run at start-up and every night (MonthlyPartitions).
create function create_month_partitions_ahead(months integer) returns integer
language plpgsql as $$
declare
    parent  text;
    created integer := 0;
begin
    for parent in select c.relname from pg_partitioned_table p join pg_class c on c.oid = p.partrelid
                  where c.relnamespace = current_schema()::regnamespace and to_regclass(c.relname || '_default') is not null
                  order by c.relname loop
        created := created + create_month_partitions(parent, now(), now() + make_interval(months => months));
    end loop;
    return created;
end
$$;

-- Detaches one month of contacts and their legs, for an archive (docs/operations.md): the two tables are left
-- standing on their own, ready for pg_dump and drop. The legs' link to the contacts goes with the detached legs.
create function detach_contact_month(month date) returns void
language plpgsql as $$
declare
    suffix text := to_char(month, 'YYYY_MM');
    link   text;
begin
    execute format('alter table contact_leg detach partition %I', 'contact_leg_' || suffix);
    for link in select conname from pg_constraint
                where conrelid = ('contact_leg_' || suffix)::regclass and contype = 'f' and confrelid = 'contact'::regclass loop
        execute format('alter table %I drop constraint %I', 'contact_leg_' || suffix, link);
    end loop;
    execute format('alter table contact detach partition %I', 'contact_' || suffix);
end
$$;

-- The views reading these tables, and the triggers on them that stay as they were (V53, V54), are set aside and made
-- again over the partitioned tables from their own definitions, deepest views last.
create temporary table set_aside (statement text, depth integer) on commit drop;
insert into set_aside
with recursive dependent(oid, depth) as (
    select distinct r.ev_class, 1
    from pg_depend d join pg_rewrite r on r.oid = d.objid
    where d.refobjid in ('contact'::regclass, 'contact_leg'::regclass, 'history'::regclass) and r.ev_class <> d.refobjid
    union all
    select r.ev_class, dependent.depth + 1
    from dependent join pg_depend d on d.refobjid = dependent.oid join pg_rewrite r on r.oid = d.objid
    where r.ev_class <> dependent.oid)
select format('create view %s as %s', oid::regclass, pg_get_viewdef(oid)), max(depth) from dependent group by oid
union all
select pg_get_triggerdef(oid), 0 from pg_trigger
where tgrelid in ('contact'::regclass, 'contact_leg'::regclass) and not tgisinternal and tgname <> 'contact_erased';

do $$
begin
    execute (select 'drop view ' || string_agg(substring(statement from '^create view (\S+) as'), ', ')
             from set_aside where depth > 0);
end
$$;

alter table work_item drop constraint work_item_contact_id_fkey;
alter table cti_call drop constraint cti_call_contact_id_fkey;
alter table contact rename to contact_unpartitioned;
alter table contact_leg rename to contact_leg_unpartitioned;
alter table history rename to history_unpartitioned;

create table contact (like contact_unpartitioned including defaults including constraints) partition by range (arrived_at);
create table contact_leg (
    contact_id         bigint      not null,
    contact_arrived_at timestamptz not null,
    seq                integer     not null,
    advisor_id         bigint,
    started_at         timestamptz not null,
    ended_at           timestamptz,
    transfer_note      text
) partition by range (contact_arrived_at);
create table history (like history_unpartitioned including defaults including constraints) partition by range (at);
create table contact_default partition of contact default;
create table contact_leg_default partition of contact_leg default;
create table history_default partition of history default;

select create_month_partitions('contact', coalesce(min(arrived_at), now()), now() + interval '3 months')
from contact_unpartitioned;
select create_month_partitions('contact_leg', coalesce(min(arrived_at), now()), now() + interval '3 months')
from contact_unpartitioned;
select create_month_partitions('history', coalesce(min(at), now()), now() + interval '3 months') from history_unpartitioned;

insert into contact select * from contact_unpartitioned;
insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at, ended_at, transfer_note)
select l.contact_id, c.arrived_at, l.seq, l.advisor_id, l.started_at, l.ended_at, l.transfer_note
from contact_leg_unpartitioned l join contact_unpartitioned c on c.id = l.contact_id;
insert into history select * from history_unpartitioned;

alter sequence contact_id_seq owned by contact.id;
alter sequence history_id_seq owned by history.id;
drop table contact_leg_unpartitioned;
drop table contact_unpartitioned;
drop table history_unpartitioned;

-- The primary keys carry the month, as a partitioned table's unique keys must; the id stays unique through its
-- sequence, and a contact's legs name its month so that they are detached with it.
alter table contact add primary key (id, arrived_at);
alter table contact add foreign key (customer_id) references customer on delete cascade;
alter table contact add foreign key (case_id) references support_case;
alter table contact add foreign key (reason_code) references contact_reason;
create index contact_customer on contact (customer_id, arrived_at);
create index contact_case on contact (case_id);
create index contact_arrived_brin on contact using brin (arrived_at);

alter table contact_leg add primary key (contact_id, seq, contact_arrived_at);
-- an arrival corrected by the switch (LiveContacts.replay) may move a contact to another month: its legs follow
alter table contact_leg add foreign key (contact_id, contact_arrived_at) references contact (id, arrived_at)
    on delete cascade on update cascade;
alter table contact_leg add foreign key (advisor_id) references app_user;
create index contact_leg_advisor_started on contact_leg (advisor_id, started_at);

alter table history add primary key (id, at);
create index history_entity on history (entity_type, entity_id, at);

-- An external reference names one contact, whatever its month: a unique index cannot span partitions, so each
-- reference is claimed in a table of its own when its contact is inserted. A contact whose reference another holds is
-- not inserted (the row is skipped, as "on conflict do nothing" did); a contact moving to another month's partition is
-- inserted there again with its own reference.
create table contact_external_ref (
    external_ref text   primary key,
    contact_id   bigint not null
);
insert into contact_external_ref select external_ref, id from contact where external_ref is not null;

create function contact_external_ref_claimed() returns trigger language plpgsql as $$
begin
    if new.external_ref is null then
        return new;
    end if;
    insert into contact_external_ref (external_ref, contact_id) values (new.external_ref, new.id) on conflict do nothing;
    if found or exists (select 1 from contact_external_ref where external_ref = new.external_ref and contact_id = new.id) then
        return new;
    end if;
    return null;
end
$$;
create trigger contact_external_ref_claimed before insert on contact
    for each row execute function contact_external_ref_claimed();

create function contact_external_ref_changed() returns trigger language plpgsql as $$
begin
    delete from contact_external_ref where external_ref = old.external_ref and contact_id = old.id;
    if new.external_ref is not null then
        insert into contact_external_ref (external_ref, contact_id) values (new.external_ref, new.id);
    end if;
    return new;
end
$$;
create trigger contact_external_ref_changed after update on contact
    for each row when (old.external_ref is distinct from new.external_ref)
    execute function contact_external_ref_changed();

-- A contact deleted, or moved to another month (deleted from one partition and inserted in another, so that it is
-- still there when this runs at the statement's end): logged for the loyalty figures as V53 did, as an erasure only
-- when it is gone.
create function contact_deleted() returns trigger language plpgsql as $$
begin
    if exists (select 1 from contact where id = old.id) then
        insert into contact_change (contact_id) values (old.id);
        return old;
    end if;
    insert into contact_change (contact_id, erased) values (old.id, true);
    delete from contact_external_ref where external_ref = old.external_ref and contact_id = old.id;
    return old;
end
$$;
create trigger contact_deleted after delete on contact
    for each row execute function contact_deleted();

-- The routing's: its work items and switch calls go with their contact, as their foreign keys made them do before
-- (a key to a partitioned table must name the month, which these rows do not hold).
create function work_of_deleted_contact() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from contact where id = old.id) then
        delete from cti_call where contact_id = old.id;
        delete from work_item where contact_id = old.id;
    end if;
    return old;
end
$$;
create trigger work_of_deleted_contact after delete on contact
    for each row execute function work_of_deleted_contact();

do $$
declare
    statement text;
begin
    for statement in select a.statement from set_aside a order by a.depth loop
        execute statement;
    end loop;
end
$$;

-- Read contract (V12) extended: a leg's contact's arrival, so that a reader naming contacts by id and arrival (the
-- loyalty fold) probes the one month that holds each instead of every month's index.
create or replace view contact_leg_facts as
select contact_id, seq, advisor_id, started_at, ended_at, transfer_note is not null as with_transfer_note, contact_arrived_at
from contact_leg;

analyze contact;
analyze contact_leg;
analyze history;
