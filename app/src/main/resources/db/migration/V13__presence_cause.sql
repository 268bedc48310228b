-- Why an advisor's presence is what it is (their own choice, an offer missed, no sign of life...), shown on the wall
-- beside since when, and to the advisor's workspace.
alter table advisor_routing add column presence_cause text;
