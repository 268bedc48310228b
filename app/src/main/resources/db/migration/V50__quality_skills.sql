-- The skill a criterion observes (issue 16, seed 002: behaviour, listening, stress, the company's business, its
-- marketing and communication policy), so that an advisor weak on it can be offered the training that teaches it.
alter table quality_criterion add column skill text check (skill in ('BEHAVIOUR', 'LISTENING', 'STRESS', 'BUSINESS', 'POLICY'));
