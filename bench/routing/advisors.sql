-- 500 advisors serving every queue in French and English, each with an API token the simulator plays them with.
-- :'prefix' is the tokens' common part; advisor n's token is prefix || n.
insert into app_user (username, display_name, roles, language)
select 'bench-' || lpad(n::text, 3, '0'), 'Bench advisor ' || n, '{ADVISOR}', 'fr' from generate_series(1, 500) n;
insert into advisor_routing (advisor_id, languages, presence)
select id, '{fr,en}', 'OFFLINE' from app_user where username like 'bench-%';
insert into advisor_skill (advisor_id, skill, level)
select u.id, s.skill, 3 from app_user u
cross join (values ('GENERAL'), ('BILLING'), ('TECHNICAL'), ('COMPLAINT'), ('RETENTION'), ('PREMIUM')) s (skill)
where u.username like 'bench-%';
insert into api_token (user_id, name, token_digest, token_prefix)
select id, 'bench', sha256(convert_to(:'prefix' || substr(username, 7), 'UTF8')), 'fid_be' from app_user where username like 'bench-%';
