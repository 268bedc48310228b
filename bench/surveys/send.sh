#!/usr/bin/env bash
# Issue 13's sending benchmark: N survey invitations (default 1,000,000) created by one relational draw through the API,
# then sent by Fidèle's survey mailer to a real local SMTP server, GreenMail standalone (the version of the project's
# tests), under the throttle fidele.feedback.sends-per-minute. Fidèle is the packaged application on a fresh embedded
# database (throwaway mode) with the demo company (200 customers, taken out of the draw); the N customers the draw
# samples, each with an e-mail identity, are inserted straight into its database (loading customers is not what is
# measured). Timed: the draw (the invitations created), then the sending, read from the database (sent_at) and checked
# against GreenMail (one recipient created per message). Side by side, in the same run: the same GreenMail fed by a bare
# client (Jakarta Mail, the library Fidèle sends with) over one connection and over a new connection per message, so
# that the reader sees whether Fidèle or the server bounds the rate.
#   bench/surveys/send.sh       env: N=1000000 SENDS_PER_MINUTE=600000 SMTP_EHLO=false REF_MESSAGES=20000
#                                    PORT=18196 (GreenMail on PORT+1, its API on PORT+2) BENCH_WORK=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18196}"
smtp_port=$((port + 1))
api_port=$((port + 2))
n="${N:-1000000}"
# The throttle's default is the highest one this setup can follow (see docs/benchmarks.md): the mailer sends a sixth of
# it per round, one round every 10 s after the previous one ends, so the ceiling is reached only if a round's sending
# takes no time; at 600,000 a minute a round is 100,000 messages and the rate is Fidèle's own. The application's
# default, 600 a minute, would send a million in 28 hours.
spm="${SENDS_PER_MINUTE:-600000}"
# GreenMail answers EHLO in several writes, and Nagle's algorithm holds all but the first until the client's delayed
# acknowledgement (40 ms): with a new connection per message, as Fidèle sends, that alone caps the rate at about 22
# messages a second, a property of GreenMail that a production relay (one write) does not have. HELO has a one-line
# answer; SMTP_EHLO=true measures the capped case.
ehlo="${SMTP_EHLO:-false}"
ref_messages="${REF_MESSAGES:-20000}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-send.XXXXXX)}"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# one draw at most (RelationalSurveys.LARGEST_DRAW): a second draw samples the same customers again
if [ "$n" -gt 1000000 ] || [ "$n" -lt 1 ]; then echo "N must be between 1 and 1000000 (one draw)" >&2; exit 2; fi
if [ ! -f "$jar" ]; then
  (cd "$root" && { ./mvnw -q -B -o -DskipTests package || ./mvnw -q -B -DskipTests package; })
fi
for p in "$port" "$smtp_port" "$api_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is already in use (set PORT)" >&2; exit 2; fi
done
mkdir -p "$work"

# GreenMail standalone, the version the tests use (pom.xml's greenmail.version), from the local Maven repository or
# fetched into the work directory
gm_version="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$root/pom.xml")"
gm_jar="$HOME/.m2/repository/com/icegreen/greenmail-standalone/$gm_version/greenmail-standalone-$gm_version.jar"
if [ ! -f "$gm_jar" ]; then
  (cd "$root" && ./mvnw -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$gm_version" -DoutputDirectory="$work")
  gm_jar="$work/greenmail-standalone-$gm_version.jar"
fi

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
# SMTP only, no authentication (a recipient's mailbox is created as its first message arrives, which the log says),
# not verbose; the REST API to read a message and to purge. GreenMail keeps every message in memory: the sending loop
# below purges the messages (not the mailboxes) every PURGE_EVERY messages so that a million fit in its heap.
(cd "$work" && exec java -Xmx"${GREENMAIL_HEAP:-4g}" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port" -Dgreenmail.auth.disabled \
  -jar "$gm_jar" > "$work/greenmail.log" 2>&1) &
greenmail=$!
pids+=("$greenmail")
(cd "$work" && FIDELE_DATA_DIR="$work/pg" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
  FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false FIDELE_FEEDBACK_SENDSPERMINUTE="$spm" \
  exec java -jar "$jar" --server.port="$port" --spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" \
    --spring.mail.properties.mail.smtp.ehlo="$ehlo" --fidele.mail.links-to="http://localhost:$port" > "$work/app.log" 2>&1) &
app=$!
pids+=("$app")
for _ in $(seq 1 120); do
  curl -s "127.0.0.1:$api_port/api/service/readiness" 2>/dev/null | grep -q 'running' && break
  kill -0 "$greenmail" 2>/dev/null || { echo "GreenMail did not start: $work/greenmail.log" >&2; exit 1; }
  sleep 0.5
done
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
api() { curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

# The draw samples every current customer: the demo's 200 are marked gone so that it takes exactly the N added here,
# each with one e-mail address at a domain of its own (GreenMail creates one mailbox per address).
load_t0=$(date +%s)
sql -c "update customer set churned_on = current_date where churned_on is null" > /dev/null
sql -c "with c as (insert into customer (reference, display_name, search_text, language, segment, expertise, customer_since)
    select 'BENCH-' || i, 'Client' || i || ' Banc', 'client' || i || ' banc bench-' || i, case when i % 4 = 0 then 'en' else 'fr' end,
      'RESIDENTIAL', 'NOVICE', current_date - 400 - i % 1000
    from generate_series(1, $n) i returning id, reference)
  insert into customer_identity (customer_id, kind, value) select id, 'EMAIL', lower(reference) || '@bench.example' from c" > /dev/null
sql -c "vacuum analyze customer" -c "vacuum analyze customer_identity" > /dev/null
echo "loaded $n customers with an e-mail address in $(( $(date +%s) - load_t0 )) s (not measured)"

# The survey, through the API: a relational one whose message asks the NPS question (eleven one-click links)
survey="$(api -X POST "localhost:$port/api/surveys" -d '{"name": "Benchmark draw", "kind": "RELATIONAL", "questions": [
  {"measure": "NPS", "textFr": "Recommanderiez-vous notre service à un proche ?", "textEn": "Would you recommend our service to a friend?", "required": true},
  {"measure": "TEXT", "textFr": "Pourquoi ?", "textEn": "Why?", "required": false}]}' | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
[ -n "$survey" ] || { echo "the survey was not created: $work/app.log" >&2; exit 1; }

# Creation: one draw of N. The request answers once its transaction is committed; the mailer sees nothing before.
draw="$(api -X POST -w '\n%{http_code} %{time_total}' "localhost:$port/api/surveys/$survey/draws" -d "{\"size\": $n}")"
draw_done=$(date +%s%N)
status="$(tail -1 <<< "$draw")"
[ "${status%% *}" = 201 ] || { echo "draw refused: $draw" >&2; exit 1; }
create_s="${status#* }"
echo "draw: $(head -1 <<< "$draw") in $create_s s"
invited="$(sql -c "select count(*) from survey_invitation where survey_id = $survey")"
[ "$invited" = "$n" ] || { echo "$invited invitations created, $n expected" >&2; exit 1; }

# Sending: every 2 s, the invitations recorded as sent and the messages GreenMail has received (the mailboxes it
# created). The mailer commits each chunk of fifty once sent, so both counts follow each other closely. The peak resident sizes are each process's high-water mark
# (VmHWM), the load is read from /proc/loadavg.
purge_every="${PURGE_EVERY:-100000}"
purged_at=0
load_peak=0
sent=0
delivered=0
last_progress=$(date +%s)
echo "seconds,sent,delivered,load1" > "$work/sending.csv"
while [ "$sent" -lt "$n" ]; do
  sleep 2
  sent="$(sql -c "select count(*) from survey_invitation where survey_id = $survey and sent_at is not null")"
  now_delivered=$(( $(grep -c 'Created user login .*@bench\.example' "$work/greenmail.log" || true) ))
  load1="$(cut -d' ' -f1 /proc/loadavg)"
  load_peak="$(awk -v a="$load_peak" -v b="$load1" 'BEGIN {print (b > a) ? b : a}')"
  echo "$(( ($(date +%s%N) - draw_done) / 1000000000 )),$sent,$now_delivered,$load1" >> "$work/sending.csv"
  if [ "$now_delivered" -gt "$delivered" ]; then last_progress=$(date +%s); fi
  delivered="$now_delivered"
  if [ $((delivered - purged_at)) -ge "$purge_every" ]; then
    curl -s -X POST "127.0.0.1:$api_port/api/mail/purge" > /dev/null
    purged_at="$delivered"
  fi
  if [ $(( $(date +%s) - last_progress )) -gt 120 ]; then
    echo "no message received for 2 minutes ($sent of $n recorded as sent, $delivered received): $work/app.log" >&2; exit 1
  fi
done
fidele_rss_mb=$(( $(awk '/VmHWM/ {print $2}' "/proc/$app/status") / 1024 ))
# the sending's span from the database: from the draw's answer (the mailer wakes at most 10 s later) and from the first
# message to the last, and the pauses between rounds (gaps over 5 s) left out for the rate while Fidèle sends
read -r span_draw span_first pauses rounds failed <<< "$(sql -F' ' -c "
  select round(extract(epoch from max(sent_at)) - $draw_done / 1e9, 1), round(extract(epoch from max(sent_at) - min(sent_at)), 1),
    round(coalesce(extract(epoch from sum(gap) filter (where gap > interval '5 s')), 0), 1),
    1 + count(*) filter (where gap > interval '5 s'), (select count(*) from survey_invitation where survey_id = $survey and send_attempts > 0)
  from (select sent_at, sent_at - lag(sent_at) over (order by sent_at) gap from survey_invitation where survey_id = $survey) s")"
# GreenMail: one mailbox created per recipient at its first message; a message of the survey read back through its API
received=$(( $(grep -c 'Created user login .*@bench\.example' "$work/greenmail.log" || true) ))
last_address="bench-$n@bench.example"
sample="$(curl -s "127.0.0.1:$api_port/api/user/$last_address/messages")"
grep -q '/s/' <<< "$sample" || echo "warning: the last customer's message was not found in GreenMail (purged?)" >&2
msg_bytes="$(python3 -c 'import json, sys; m = json.load(sys.stdin); print(len(m[0]["mimeMessage"].encode()) if m else 0)' <<< "$sample" 2>/dev/null || echo '?')"

# The reference: the same GreenMail, a bare Jakarta Mail client (GreenMail's jar carries the library) sending messages
# of the same shape and size, over one connection, then a new connection per message with HELO and with EHLO (fewer:
# each costs the 40 ms stall)
cat > "$work/SmtpReference.java" <<'EOF'
import java.util.Properties;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

public class SmtpReference {
	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]), count = Integer.parseInt(args[1]);
		boolean oneConnection = args[2].equals("one");
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", String.valueOf(port));
		settings.put("mail.smtp.ehlo", String.valueOf(!args[2].equals("helo")));
		Session session = Session.getInstance(settings);
		Transport transport = session.getTransport("smtp");
		if (oneConnection) transport.connect();
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder("Bonjour Client" + i + ",\n\nRecommanderiez-vous notre service à un proche ?\n\n");
			String link = "http://localhost:18196/s/" + java.util.UUID.randomUUID() + java.util.UUID.randomUUID().toString().substring(0, 7);
			for (int score = 0; score <= 10; score++) text.append("  ").append(score).append(" : ").append(link).append("?answer=1-").append(score).append('\n');
			text.append("\nToutes les questions : ").append(link).append("?from=mail\n\nCe lien expire le 19 décembre 2026.\n")
				.append("Ne plus être sollicité : ").append(link).append("/stop?from=mail\n");
			MimeMessage message = new MimeMessage(session);
			message.setFrom(new InternetAddress("Fidèle <fidele@localhost>"));
			message.setRecipients(Message.RecipientType.TO, "ref-" + args[2] + "-" + i + "@reference.example");
			message.setSubject("Votre avis sur notre service", "UTF-8");
			message.setText(text.toString(), "UTF-8");
			message.saveChanges();
			if (oneConnection) transport.sendMessage(message, message.getAllRecipients());
			else Transport.send(message);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (oneConnection) transport.close();
		System.out.printf("%d %.1f %.0f%n", count, seconds, count / seconds);
	}
}
EOF
reference() { java -cp "$gm_jar" "$work/SmtpReference.java" "$smtp_port" "$@"; }
ref_one="$(reference "$ref_messages" one)"
ref_helo="$(reference "$ref_messages" helo)"
ref_ehlo="$(reference $(( ref_messages / 20 > 0 ? ref_messages / 20 : 1 )) ehlo)"
greenmail_rss_mb=$(( $(awk '/VmHWM/ {print $2}' "/proc/$greenmail/status") / 1024 ))

rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", (s > 0) ? n / s : 0}'; }
{
  echo "created: $n invitations by one draw in $create_s s"
  echo "sent: $sent in $span_draw s after the draw, $span_first s from the first to the last message, $rounds rounds, $pauses s of pauses between them; $failed invitations needed a retry"
  echo "GreenMail: $received recipients received a message (of $n); a message is $msg_bytes bytes"
  printf '| what | messages | time (s) | rate (per second) |\n|---|---:|---:|---:|\n'
  printf '| Fidèle, invitations created (one draw) | %s | %s | %s |\n' "$n" "$create_s" "$(rate "$n" "$create_s")"
  printf '| Fidèle, sent, from the draw to the last message | %s | %s | %s |\n' "$sent" "$span_draw" "$(rate "$sent" "$span_draw")"
  printf '| Fidèle, sent, rounds only (pauses left out) | %s | %s | %s |\n' "$sent" \
    "$(awk -v a="$span_first" -v b="$pauses" 'BEGIN {printf "%.1f", a - b}')" "$(rate "$sent" "$(awk -v a="$span_first" -v b="$pauses" 'BEGIN {print a - b}')")"
  printf '| the throttle'"'"'s ceiling (%s a minute) | | | %s |\n' "$spm" "$(rate "$spm" 60)"
  read -r k s r <<< "$ref_one";  printf '| bare client, one connection | %s | %s | %s |\n' "$k" "$s" "$r"
  read -r k s r <<< "$ref_helo"; printf '| bare client, a connection per message, HELO | %s | %s | %s |\n' "$k" "$s" "$r"
  read -r k s r <<< "$ref_ehlo"; printf '| bare client, a connection per message, EHLO | %s | %s | %s |\n' "$k" "$s" "$r"
  echo "peak resident size: Fidèle $fidele_rss_mb MB, GreenMail $greenmail_rss_mb MB (heap ${GREENMAIL_HEAP:-4g}, messages purged every $purge_every)"
  echo "Started $started_at; $(nproc) cores; load average $load_start at the start, $load_peak at most while sending, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "SENDS_PER_MINUTE=$spm SMTP_EHLO=$ehlo; results in $work/results, the sending's progress in $work/sending.csv"
} | tee "$work/results"
[ "$received" = "$n" ] || { echo "GreenMail received $received messages, $n expected" >&2; exit 1; }
