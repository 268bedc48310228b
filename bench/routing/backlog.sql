-- A backlog of 10,000 emails waiting, for advisors with 20 written slots each who all become available at once:
-- how fast the engine offers them is its routing capacity.
update advisor_routing set written_slots = 20, presence = 'OFFLINE';
with contacts as (
    insert into contact (channel, direction, queue, arrived_at, queued_at)
    select 'EMAIL', 'INBOUND', 'GENERAL', now(), now() from generate_series(1, 10000)
    returning id, arrived_at)
insert into work_item (channel, queue_code, place_at, state, contact_id, language, arrived_at, queued_at)
select 'EMAIL', 'GENERAL', arrived_at, 'QUEUED', id, 'fr', arrived_at, arrived_at from contacts;
