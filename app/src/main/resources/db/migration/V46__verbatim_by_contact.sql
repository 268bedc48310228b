-- The voice module answers what a customer wrote on one contact (the knowledge base suggests articles from it).
create index verbatim_contact on verbatim (contact_id);
