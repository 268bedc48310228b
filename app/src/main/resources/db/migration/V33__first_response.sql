-- When a written contact (an e-mail, a form, a messaging conversation) got its first answer from an advisor: for a
-- call the answer is the pick-up (answered_at), for a written contact it is the first reply sent. The read contract
-- gains the column at its end (the loyalty figures' time to first response).
alter table contact add column first_response_at timestamptz;

create or replace view contact_facts as
select id, customer_id, case_id, channel, direction, reason_code, queue, arrived_at, queued_at, answered_at, ended_at,
       ended_by, identity_verified, reidentified_after_transfer, resolved, first_of_case, first_response_at
from contact;

-- A messaging conversation keeps the case its customer's messages join while that case is open (see MessagingCases).
alter table messaging_thread add column case_id bigint;
