-- A number for each queue, so that the history of its changes can name it like any other record.
alter table routing_queue add column id bigserial unique;
