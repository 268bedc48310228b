-- Field questionnaires: a few questions a supervisor builds for what staff record by hand, an in-person contact or (a
-- later issue) a mystery shopper's visit; a question may be asked only when an earlier scored answer lies in a range
-- (branching). Their answers are kept as any survey's, in an invitation recorded in the field ('FIELD') by a member of
-- staff rather than sent.
alter table survey drop constraint survey_kind_check;
alter table survey add constraint survey_kind_check check (kind in ('TRANSACTIONAL', 'RELATIONAL', 'FIELD'));

alter table survey_question
    add column shown_if_position smallint,
    add column shown_if_lowest   smallint,
    add column shown_if_highest  smallint,
    add constraint survey_question_branch check (
        (shown_if_position is null and shown_if_lowest is null and shown_if_highest is null)
        or (shown_if_position < position and shown_if_lowest <= shown_if_highest));

alter table survey_invitation drop constraint survey_invitation_sent_via_check;
alter table survey_invitation add constraint survey_invitation_sent_via_check
    check (sent_via in ('EMAIL', 'CHAT', 'PHONE', 'LINK', 'FIELD'));
alter table survey_invitation add column recorded_by bigint;
