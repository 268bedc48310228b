#!/usr/bin/env bash
# Issue 13's figures benchmark: the satisfaction figures over ANSWERS answered invitations (default 1,000,000, three
# scored answers each, and a fifth more invitations unanswered), asked through the API for filters never asked
# before, once the application and the database are warm. Side by side, in the same run: the same two statements
# run by psql straight on the database (what the figures cost PostgreSQL alone, with psql's own connection). Fidèle is the packaged
# application on a fresh embedded database (throwaway mode) with the demo company (200 customers); the answers are
# added straight into its database, spread over a year, channels, reasons and advisors.
#   bench/surveys/run.sh        env: ANSWERS=1000000 REPEATS=5 PORT=18195 BENCH_WORK=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18195}"
answers="${ANSWERS:-1000000}"
repeats="${REPEATS:-5}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-surveys.XXXXXX)}"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
if [ ! -f "$jar" ]; then
  (cd "$root" && { ./mvnw -q -B -o -DskipTests package || ./mvnw -q -B -DskipTests package; })
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is already in use (set PORT)" >&2; exit 2; fi
mkdir -p "$work"
(cd "$work" && FIDELE_DATA_DIR="$work/pg" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
  FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
  exec java -jar "$jar" --server.port="$port" > "$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 480); do
  curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  kill -0 "$app" 2>/dev/null || { echo "Fidèle did not start: $work/app.log" >&2; exit 1; }
  sleep 0.5
done
pg_port="$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$work/app.log" | tail -1 | awk '{print $NF}')"
sql() { psql -h localhost -p "$pg_port" -U postgres -d postgres -qAtX "$@"; }
token="fid_bench$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
sql -c "insert into api_token (user_id, name, token_digest, token_prefix)
  select id, 'benchmark', sha256(convert_to('$token', 'UTF8')), left('$token', 10) from app_user where username = 'admin'" > /dev/null

started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
load_start=$(date +%s)
survey=$(sql -c "insert into survey (name, kind, created_at) values ('Benchmark', 'TRANSACTIONAL', now() - interval '400 days') returning id" | head -1)
sql -c "insert into survey_question (survey_id, position, measure, text_fr, text_en) values
  ($survey, 1, 'CSAT', 'Satisfait ?', 'Satisfied?'), ($survey, 2, 'NPS', 'Recommanderiez-vous ?', 'Recommend?'),
  ($survey, 3, 'CES', 'Facile ?', 'Easy?')" > /dev/null
invitations=$((answers + answers / 5))
sql -c "insert into survey_invitation (survey_id, token_hash, customer_id, contact_id, channel, reason_code, queue_code, advisor_id, served,
    sent_via, language, created_at, sent_at, expires_at, answered_at)
  select $survey, sha256(convert_to('bench-' || i, 'UTF8')), 1 + i % 200, null,
    (array['PHONE','EMAIL','CHAT','WEB_FORM','SOCIAL','IN_PERSON','CALLBACK'])[1 + i % 7],
    (array['COMPLAINT','ORDER','TECHNICAL_HELP','ORDER_STATUS','BILLING','INFORMATION','CANCELLATION_REQUEST'])[1 + (i / 7) % 7],
    'GENERAL', 1 + (i / 49) % 40, (i % 3) <> 0, 'EMAIL', 'fr',
    now() - (i % 365) * interval '1 day', now() - (i % 365) * interval '1 day', now() + interval '14 days',
    case when i <= $answers then now() - (i % 365) * interval '1 day' + interval '2 hours' end
  from generate_series(1, $invitations) i" > /dev/null
sql -c "insert into survey_answer (invitation_id, position, measure, score)
  select i.id, q.position, q.measure,
    case q.measure when 'CSAT' then 1 + (i.id * 7 + q.position) % 5 when 'NPS' then (i.id * 13) % 11 else 1 + (i.id * 3) % 7 end
  from survey_invitation i cross join (values (1, 'CSAT'), (2, 'NPS'), (3, 'CES')) q(position, measure)
  where i.survey_id = $survey and i.answered_at is not null" > /dev/null
# each invitation's answers summed by measure, as the application keeps them at each answer
sql -c "update survey_invitation i set csat_answers = s.c, csat_satisfied = s.cs, nps_answers = s.n, nps_promoters = s.np,
    nps_detractors = s.nd, ces_answers = s.e, ces_sum = s.es, ces_squares = s.eq
  from (select invitation_id, count(*) filter (where measure = 'CSAT') c, count(*) filter (where measure = 'CSAT' and score >= 4) cs,
          count(*) filter (where measure = 'NPS') n, count(*) filter (where measure = 'NPS' and score >= 9) np,
          count(*) filter (where measure = 'NPS' and score <= 6) nd, count(*) filter (where measure = 'CES') e,
          coalesce(sum(score) filter (where measure = 'CES'), 0) es, coalesce(sum(score * score) filter (where measure = 'CES'), 0) eq
        from survey_answer group by invitation_id) s where i.id = s.invitation_id" > /dev/null
sql -c "vacuum analyze survey_invitation" -c "vacuum analyze survey_answer" > /dev/null
echo "loaded $invitations invitations, $answers answered (3 answers each) in $(( $(date +%s) - load_start )) s" | tee "$work/results"

from="$(date -u -d '-400 days' '+%Y-%m-%dT00:00:00Z')"
to="$(date -u -d '+1 day' '+%Y-%m-%dT00:00:00Z')"
q90="$(date -u -d '-90 days' '+%Y-%m-%dT00:00:00Z')"
api() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "localhost:$port/api/surveys/figures?$1"; }
# warming: the JVM's code paths and the database's pages, with filters left out of the timing below
for warm in "from=$from&to=$to" "from=$from&to=$to&channel=EMAIL" "from=$from&to=$to&reasonCode=ORDER" "from=$from&to=$to&advisorId=3"; do
  for _ in 1 2 3; do api "$warm" > /dev/null; done
done
filters=("from=$from&to=$to&surveyId=$survey" "from=$from&to=$to&channel=PHONE" "from=$q90&to=$to&reasonCode=BILLING"
  "from=$from&to=$to&advisorId=17" "from=$from&to=$to&served=false" "from=$q90&to=$to&channel=CHAT&reasonCode=COMPLAINT")
where=("i.survey_id = $survey" "i.channel = 'PHONE'" "i.created_at >= '$q90' and i.reason_code = 'BILLING'" "i.advisor_id = 17"
  "i.served = false" "i.created_at >= '$q90' and i.channel = 'CHAT' and i.reason_code = 'COMPLAINT'")
printf '| filter | Fidèle, first time (s) | Fidèle, warm median of %s (s) | psql, the same statements (s) |\n|---|---:|---:|---:|\n' "$repeats" \
  | tee -a "$work/results"
for k in "${!filters[@]}"; do
  first="$(api "${filters[$k]}")"
  [ "${first%% *}" = 200 ] || { echo "figures refused: $first" >&2; exit 1; }
  warm="$(for _ in $(seq 1 "$repeats"); do api "${filters[$k]}" | cut -d' ' -f2; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  t0=$(date +%s%N)
  sql -c "select count(*), count(i.answered_at), sum(i.csat_answers), sum(i.csat_satisfied), sum(i.nps_answers), sum(i.nps_promoters),
          sum(i.nps_detractors), sum(i.ces_answers), sum(i.ces_sum), sum(i.ces_squares)
        from survey_invitation i where i.sent_at is not null and i.created_at < '$to' and ${where[$k]}" \
    -c "select count(*), count(*) filter (where f.closed_at <= f.due_at)
        from survey_follow_up f join survey_invitation i on i.id = f.invitation_id where i.created_at < '$to' and ${where[$k]}" > /dev/null
  raw=$(( ($(date +%s%N) - t0) / 1000000 ))
  printf '| %s | %s | %s | %d.%03d |\n' "${filters[$k]//&/ }" "${first#* }" "$warm" $((raw / 1000)) $((raw % 1000)) | tee -a "$work/results"
done
echo "Started $started_at (load average $(cut -d' ' -f1-3 /proc/loadavg) at the end); $(nproc) cores; results in $work/results"
