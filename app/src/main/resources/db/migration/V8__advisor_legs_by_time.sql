-- An advisor's own page reads their legs of the last months: by advisor and start, it reads only those, not the
-- advisor's whole history. The index by advisor alone is then redundant.
create index contact_leg_advisor_started on contact_leg (advisor_id, started_at);
drop index contact_leg_advisor;
