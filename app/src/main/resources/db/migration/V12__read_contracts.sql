-- Read contracts: what a module publishes of its tables for other modules' bulk reads (the loyalty scans over
-- millions of contacts, the supervision wall), so that no module's SQL names a table it does not own. Each view
-- belongs to the module that owns its tables: its columns are a promise that module keeps when its tables change,
-- checked by that module's tests (ReadContractsTests). Free text (notes, transfer notes, consent) is left out.

-- contacts
create view contact_facts as
select id, customer_id, case_id, channel, direction, reason_code, queue, arrived_at, queued_at, answered_at, ended_at,
       ended_by, identity_verified, reidentified_after_transfer, resolved, first_of_case
from contact;

create view contact_leg_facts as
select contact_id, seq, advisor_id, started_at, ended_at, transfer_note is not null as with_transfer_note
from contact_leg;

create view case_facts as
select id, customer_id, reason_code, status, opened_at, resolved_at, closed_at
from support_case;

create view reason_facts as
select code, label_fr, label_en, position
from contact_reason;

-- customers
create view customer_facts as
select id, reference, display_name, segment, expertise, monthly_value, customer_since, churned_on
from customer;

-- accounts
create view user_facts as
select u.id, u.username, u.display_name, u.team_id, t.name as team_name, u.enabled
from app_user u left join team t on t.id = u.team_id;
