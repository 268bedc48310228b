-- create_month_partitions (V55) listed the months twice, once to see whether any was missing and once to create them.
-- It now gathers the missing months once: none missing, it returns without a lock; otherwise it locks the table and
-- creates those of them that still have no partition and no row waiting in the default partition.
create or replace function create_month_partitions(parent text, first_day timestamptz, last_day timestamptz) returns integer
language plpgsql as $$
declare
    key     text := (select a.attname from pg_partitioned_table p join pg_attribute a
                     on a.attrelid = p.partrelid and a.attnum = p.partattrs[0] where p.partrelid = parent::regclass);
    -- months counted on UTC's calendar whatever the session's time zone (a month added in Paris time would move the
    -- bounds by an hour across a change of summer time)
    missing timestamp[] := array(select m from generate_series(date_trunc('month', first_day at time zone 'UTC'),
                                                              last_day at time zone 'UTC', interval '1 month') m
                                 where to_regclass(parent || '_' || to_char(m, 'YYYY_MM')) is null);
    month   timestamp;
    name    text;
    created integer := 0;
    held    boolean;
begin
    if cardinality(missing) = 0 then
        return 0;
    end if;
    -- the table, all its partitions with it, locked before anything else is read: two creators taking their locks in
    -- this one order cannot each hold what the other waits for; a month another creator made meanwhile is skipped
    execute format('lock table %I in access exclusive mode', parent);
    foreach month in array missing loop
        name := parent || '_' || to_char(month, 'YYYY_MM');
        continue when to_regclass(name) is not null;
        execute format('select exists (select 1 from %I where %I >= %L and %I < %L)', parent || '_default',
                       key, month at time zone 'UTC', key, (month + interval '1 month') at time zone 'UTC') into held;
        continue when held;
        execute format('create table %I partition of %I for values from (%L) to (%L)', name, parent,
                       month at time zone 'UTC', (month + interval '1 month') at time zone 'UTC');
        created := created + 1;
    end loop;
    return created;
end
$$;
