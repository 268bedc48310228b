-- Whether a contact opened its request: first-contact resolution reads it for every contact, and
-- deriving it with a window over millions of contacts at each computation would cost a sort.
alter table contact add column first_of_case boolean not null default true;
update contact c set first_of_case = false
where c.case_id is not null
  and exists (select 1 from contact e where e.case_id = c.case_id and (e.arrived_at, e.id) < (c.arrived_at, c.id));
