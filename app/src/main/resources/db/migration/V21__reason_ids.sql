-- A number for each contact reason, so that the history of its changes can name it like any other record.
alter table contact_reason add column id bigserial unique;
