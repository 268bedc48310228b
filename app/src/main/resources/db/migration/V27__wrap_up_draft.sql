-- The wrap-up notes an advisor is typing, saved as they type, so that a reload, a second item or a crash of the browser
-- loses none of them; they go into the contact at wrap-up and are forgotten then, or when the item leaves the advisor.
alter table work_item add column notes_draft text;
