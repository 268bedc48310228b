#!/usr/bin/env bash
# Issue 13's sending benchmark: N survey invitations (default 1,000,000) created by one relational draw through the API,
# then sent by Fidèle's survey mailer to a real local SMTP server, Debian's Postfix, under the throttle
# fidele.feedback.sends-per-minute. Postfix runs as a private instance of the script's own (its own configuration, queue
# and log, on PORT+1, started and stopped here; the machine's mail system is not touched) that accepts mail for the
# benchmark's domain and hands every message to its discard transport: a relay that keeps no state per recipient, as a
# production relay passing mail on does not. (GreenMail, the tests' server, creates a mailbox per recipient and slowed
# to 43 messages a second past 200,000 of them: docs/benchmarks.md.) Postfix needs root; the script installs Debian's
# package if it is missing, configured for nothing, so no system service starts.
# Fidèle is the packaged application on a fresh embedded database (throwaway mode) with the demo company (200
# customers, taken out of the draw); the N customers the draw samples, each with an e-mail identity, are inserted
# straight into its database (loading customers is not what is measured). Timed: the draw (the invitations created),
# then the sending, read from the database (sent_at) and checked against Postfix's log (one delivery per message).
# Side by side, in the same run: the same Postfix fed by a bare client (Jakarta Mail, the library Fidèle sends with,
# taken from Fidèle's jar) over one connection and over a new connection per message, as Fidèle sends, so that the
# reader sees whether Fidèle or the server bounds the rate.
#   bench/surveys/send.sh       env: N=1000000 SENDS_PER_MINUTE=600000 REF_MESSAGES=20000
#                                    PORT=18196 (Postfix on PORT+1) BENCH_WORK=<dir> POSTFIX_QUEUE=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18196}"
smtp_port=$((port + 1))
n="${N:-1000000}"
# The throttle's default is the highest one this setup can follow (see docs/benchmarks.md): the mailer sends a sixth of
# it per round, one round every 10 s after the previous one ends, so the ceiling is reached only if a round's sending
# takes no time; at 600,000 a minute a round is 100,000 messages and the rate is Fidèle's own. The application's
# default, 600 a minute, would send a million in 28 hours.
spm="${SENDS_PER_MINUTE:-600000}"
ref_messages="${REF_MESSAGES:-20000}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-send.XXXXXX)}"
# Postfix writes each message to its queue and syncs it to disk before it answers; this machine's disk allows about
# 270 a second that way, below what Fidèle sends. The queue is therefore on tmpfs unless POSTFIX_QUEUE names a directory:
# what is measured is Fidèle, not the relay's disk.
queue="${POSTFIX_QUEUE:-/dev/shm/fidele-send-queue.$$}"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# one draw at most (RelationalSurveys.LARGEST_DRAW): a second draw samples the same customers again
if [ "$n" -gt 1000000 ] || [ "$n" -lt 1 ]; then echo "N must be between 1 and 1000000 (one draw)" >&2; exit 2; fi
if [ ! -f "$jar" ]; then
  (cd "$root" && { ./mvnw -q -B -o -DskipTests package || ./mvnw -q -B -DskipTests package; })
fi
for p in "$port" "$smtp_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is already in use (set PORT)" >&2; exit 2; fi
done
mkdir -p "$work"
chmod 755 "$work"  # Postfix's unprivileged services reach their data directory inside it

if [ "$(id -u)" != 0 ]; then echo "Postfix's master runs as root: run this script as root" >&2; exit 2; fi
if [ ! -x /usr/sbin/postfix ]; then
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postfix > "$work/postfix-install.log"
fi
# The reference client's classpath: Jakarta Mail and Angus, the versions Fidèle carries
mkdir -p "$work/lib"
(cd "$work/lib" && jar xf "$jar" $(unzip -Z1 "$jar" | grep -E 'BOOT-INF/lib/(jakarta\.(mail|activation)-api|angus-(mail|activation))-[^/]*\.jar$'))
mail_classpath="$(find "$work/lib" -name '*.jar' | paste -sd:)"

# The private Postfix: the package's services (chroot off: the queue is not the package's), SMTP on 127.0.0.1 only,
# relaying for the loopback, every destination to the discard transport, its log in the work directory
pf="$work/postfix"
mkdir -p "$pf/data" "$queue"
chown postfix "$pf/data"
cat > "$pf/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $queue
data_directory = $pf/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = relay.bench.localhost
mydestination =
relay_domains =
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
default_transport = discard:benchmark
relay_transport = discard:benchmark
local_transport = discard:benchmark
syslog_name = postfix-bench
maillog_file = $pf/maillog
maillog_file_prefixes = $pf
EOF
awk -v listen="127.0.0.1:$smtp_port" '/^smtp +inet/ {print listen " inet n - n - - smtpd"; next}
  /^[a-z]/ && NF >= 8 && $5 == "y" {$5 = "n"} {print}' /etc/postfix/master.cf > "$pf/master.cf"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  postfix -c "$pf" stop 2>/dev/null || true
  [ -n "${POSTFIX_QUEUE:-}" ] || rm -rf "$queue"
}
trap stop_all EXIT
postfix -c "$pf" start > "$work/postfix-start.log" 2>&1 || { echo "Postfix did not start: $pf/maillog" >&2; exit 1; }
(cd "$work" && FIDELE_DATA_DIR="$work/pg" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
  FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false FIDELE_FEEDBACK_SENDSPERMINUTE="$spm" \
  exec java -jar "$jar" --server.port="$port" --spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" \
    --fidele.mail.links-to="http://localhost:$port" > "$work/app.log" 2>&1) &
app=$!
pids+=("$app")
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
# each with one e-mail address of its own.
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

# Sending: every 2 s, the invitations recorded as sent and the messages Postfix has delivered to its discard transport
# (its log read on from where the last look stopped). The mailer commits each chunk of fifty once sent, so both counts
# follow each other closely. The peak resident size is Fidèle's high-water mark (VmHWM), the load is read from
# /proc/loadavg.
delivered_in() { grep -c 'to=<bench-[0-9]*@bench\.example>.*status=sent (benchmark)' || true; }
log_read=0
load_peak=0
sent=0
delivered=0
last_progress=$(date +%s)
echo "seconds,sent,delivered,load1" > "$work/sending.csv"
while [ "$sent" -lt "$n" ] || [ "$delivered" -lt "$sent" ]; do
  sleep 2
  sent="$(sql -c "select count(*) from survey_invitation where survey_id = $survey and sent_at is not null")"
  log_size="$(stat -c %s "$pf/maillog")"  # read up to here: the log grows while it is read (tail stops at head's end)
  now_delivered=$(( delivered + $({ tail -c +$((log_read + 1)) "$pf/maillog" || true; } | head -c $((log_size - log_read)) | delivered_in) ))
  log_read="$log_size"
  load1="$(cut -d' ' -f1 /proc/loadavg)"
  load_peak="$(awk -v a="$load_peak" -v b="$load1" 'BEGIN {print (b > a) ? b : a}')"
  echo "$(( ($(date +%s%N) - draw_done) / 1000000000 )),$sent,$now_delivered,$load1" >> "$work/sending.csv"
  if [ "$now_delivered" -gt "$delivered" ]; then last_progress=$(date +%s); fi
  delivered="$now_delivered"
  if [ $(( $(date +%s) - last_progress )) -gt 120 ]; then
    echo "no message delivered for 2 minutes ($sent of $n recorded as sent, $delivered delivered): $work/app.log, $pf/maillog" >&2; exit 1
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
# Postfix: every customer's message delivered once (the whole log counted again), and the size of the last one
received="$(delivered_in < "$pf/maillog")"
distinct="$(grep -o 'to=<bench-[0-9]*@bench\.example>.*status=sent (benchmark)' "$pf/maillog" | cut -d'>' -f1 | sort -u | wc -l)"
last_queue_id="$(grep "to=<bench-$n@bench\.example>" "$pf/maillog" | tail -1 | sed -n 's/.*\]: \([0-9A-F]*\): to=.*/\1/p')"
msg_bytes="$(grep "$last_queue_id: from=" "$pf/maillog" | sed -n 's/.*size=\([0-9]*\).*/\1/p' | tail -1)"

# The reference: the same Postfix, a bare Jakarta Mail client sending messages of the same shape and size, over one
# connection, then a new connection per message
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
reference() { java -cp "$mail_classpath" "$work/SmtpReference.java" "$smtp_port" "$@"; }
ref_one="$(reference "$ref_messages" one)"
ref_each="$(reference "$ref_messages" each)"

rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", (s > 0) ? n / s : 0}'; }
{
  echo "created: $n invitations by one draw in $create_s s"
  echo "sent: $sent in $span_draw s after the draw, $span_first s from the first to the last message, $rounds rounds, $pauses s of pauses between them; $failed invitations needed a retry"
  echo "Postfix: $received messages delivered to its discard transport, to $distinct distinct customers (of $n); the last is $msg_bytes bytes"
  printf '| what | messages | time (s) | rate (per second) |\n|---|---:|---:|---:|\n'
  printf '| Fidèle, invitations created (one draw) | %s | %s | %s |\n' "$n" "$create_s" "$(rate "$n" "$create_s")"
  printf '| Fidèle, sent, from the draw to the last message | %s | %s | %s |\n' "$sent" "$span_draw" "$(rate "$sent" "$span_draw")"
  printf '| Fidèle, sent, rounds only (pauses left out) | %s | %s | %s |\n' "$sent" \
    "$(awk -v a="$span_first" -v b="$pauses" 'BEGIN {printf "%.1f", a - b}')" "$(rate "$sent" "$(awk -v a="$span_first" -v b="$pauses" 'BEGIN {print a - b}')")"
  printf '| the throttle'"'"'s ceiling (%s a minute) | | | %s |\n' "$spm" "$(rate "$spm" 60)"
  read -r k s r <<< "$ref_one";  printf '| bare client, one connection | %s | %s | %s |\n' "$k" "$s" "$r"
  read -r k s r <<< "$ref_each"; printf '| bare client, a connection per message | %s | %s | %s |\n' "$k" "$s" "$r"
  echo "peak resident size: Fidèle $fidele_rss_mb MB; Postfix queue in $queue"
  echo "Started $started_at; $(nproc) cores; load average $load_start at the start, $load_peak at most while sending, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "SENDS_PER_MINUTE=$spm; results in $work/results, the sending's progress in $work/sending.csv"
} | tee "$work/results"
[ "$received" = "$n" ] && [ "$distinct" = "$n" ] || { echo "Postfix delivered $received messages to $distinct customers, $n expected" >&2; exit 1; }
