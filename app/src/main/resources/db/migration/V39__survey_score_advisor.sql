-- Read contract (decision 8), one column more: the advisor the answered invitation names (the last leg's of the
-- contact), so that the loyalty tool can tell whether an unhappy answer about one advisor's contacts loses customers,
-- the same advisor the satisfaction figures credit. Appended, so that the earlier columns keep their places.
create or replace view survey_score_facts as
select i.contact_id, i.customer_id, i.survey_id, a.measure, a.score, coalesce(i.amended_at, i.answered_at) as answered_at, i.advisor_id
from survey_answer a join survey_invitation i on i.id = a.invitation_id
where a.score is not null;
