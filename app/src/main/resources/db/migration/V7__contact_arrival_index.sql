-- The dashboards filter contacts by period of arrival. Contacts are written as they arrive, so a block range
-- index on the arrival time skips the blocks outside the period at a tiny fraction of a B-tree's size.
create index contact_arrived_brin on contact using brin (arrived_at);
