#!/usr/bin/env bash
# Issue 11's e-mail benchmark: a MESSAGES-message mailbox on a local IMAP server read by Fidèle (fetched, kept,
# threaded and routed: POST /api/mailboxes/{id}/read until the reading position is at the last UID) against the raw
# IMAP fetch of the same mailbox in the same run (MailLoad fetch: every message by UID, 200 per FETCH with the whole
# message; then one FETCH per message, the way Fidèle reads). The packaged application runs on a fresh embedded
# database (throwaway mode) with the demo company (200 customers, some of whom write); the mailbox is filled first by
# IMAP APPEND (French and English customer e-mails from SENDERS addresses, charsets, quoted-printable, replies,
# attachments: see MailLoad.java), which is not timed. After the read, psql checks that every message was kept and
# every message that opens something has its contact and its work item.
# IMAP server: IMAP_SERVER=dovecot (default; installed with apt-get when missing and run as root, its own config in
# BENCH_WORK, nothing of the system's) or greenmail (GreenMail standalone, the version of pom.xml's greenmail.version,
# IMAP and SMTP). GreenMail's FETCH visits every message of the folder and recomputes the UID list for each, so each
# command costs the square of the mailbox's size (1.7 s at 10,000 messages): at that size it measures GreenMail.
#   bench/email/run.sh          env: MESSAGES=10000 SENDERS=2000 IMAP_SERVER=dovecot PORT=18193 IMAP_PORT=13143
#                                    SMTP_PORT=13025 GREENMAIL_API_PORT=13080 QUEUE=GENERAL PER_MESSAGE=1 BENCH_WORK=<dir>
#                                    IDLE=false (true: Fidèle also watches the mailbox with IMAP IDLE while it is filled,
#                                    which reads it before the timed read: a check that the watch keeps up, not a time)
#                                    APP_JAVA_OPTS=<for Fidèle's JVM, e.g. -XX:StartFlightRecording=filename=app.jfr>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18193}"
messages="${MESSAGES:-10000}"
server="${IMAP_SERVER:-dovecot}"
imap_port="${IMAP_PORT:-13143}"
smtp_port="${SMTP_PORT:-13025}"
api_port="${GREENMAIL_API_PORT:-13080}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-email.XXXXXX)}"
mkdir -p "$work"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
box_password="box-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
user="service-client@exemple.fr"

if [ ! -f "$jar" ]; then
  (cd "$root" && { ./mvnw -q -B -o -DskipTests package || ./mvnw -q -B -DskipTests package; })
fi
for p in "$port" "$imap_port" "$smtp_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is already in use (set PORT, IMAP_PORT, SMTP_PORT)" >&2; exit 2; fi
done

# Jakarta Mail as Fidèle has it (the versions in the application's jar), from ~/.m2 or else out of the jar
cp="$work/classes"
mkdir -p "$work/lib"
for lib in jakarta.mail-api angus-mail jakarta.activation-api angus-activation; do
  inside="$(unzip -Z1 "$jar" "BOOT-INF/lib/$lib-[0-9]*.jar" | head -1)"
  found="$(find "$HOME/.m2/repository" -name "$(basename "$inside")" 2>/dev/null | head -1)"
  if [ -z "$found" ]; then unzip -q -j -o "$jar" "$inside" -d "$work/lib"; found="$work/lib/$(basename "$inside")"; fi
  cp="$cp:$found"
done
javac -cp "$cp" -d "$work/classes" "$here/MailLoad.java"

mail=""
app=""
stop() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi
  if [ -n "$mail" ]; then kill "$mail" 2>/dev/null || true; wait "$mail" 2>/dev/null || true; mail=""; fi
}
trap 'stop' EXIT
trap 'exit 130' INT TERM

case "$server" in
  greenmail)
    version="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$root/pom.xml")"
    standalone="$work/greenmail-standalone-$version.jar"
    [ -f "$standalone" ] || (cd "$root" && ./mvnw -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$version" \
      -DoutputDirectory="$work")
    # every address given: greenmail.setup.test.all would take 3025/3143, and the API 8080
    java -Xmx1g -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.imap.hostname=127.0.0.1 \
      -Dgreenmail.imap.port="$imap_port" -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port" \
      -Dgreenmail.users="service-client:$box_password@exemple.fr" -Dgreenmail.users.login=email \
      -jar "$standalone" > "$work/greenmail.log" 2>&1 &
    mail=$!
    server_version="GreenMail $version"
    per_message="${PER_MESSAGE:-0}"
    ;;
  dovecot)
    if ! command -v dovecot > /dev/null; then
      [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null || { echo "dovecot is missing: apt-get install dovecot-imapd" >&2; exit 2; }
      apt-get -qq update > /dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends dovecot-imapd > /dev/null
    fi
    d="$work/dovecot"
    mkdir -p "$d/run" "$d/state" "$d/mail"
    chmod 755 "$work"
    owner="$(id -u dovecot > /dev/null 2>&1 && echo dovecot || id -un)"
    chown "$owner" "$d/mail"
    echo "$user:{PLAIN}$box_password" > "$d/users"
    # plain IMAP on 127.0.0.1 only, a Maildir, no fsync (the mailbox is thrown away); the system's config is not read
    cat > "$d/dovecot.conf" <<EOF
base_dir = $d/run
state_dir = $d/state
log_path = $d/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 0
mail_fsync = never
mail_location = maildir:$d/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $d/users
}
userdb {
  driver = static
  args = uid=$owner gid=$(id -gn "$owner") home=$d/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
EOF
    dovecot -F -c "$d/dovecot.conf" &
    mail=$!
    server_version="Dovecot $(dovecot --version | cut -d' ' -f1)"
    per_message="${PER_MESSAGE:-1}"
    ;;
  *) echo "IMAP_SERVER: dovecot or greenmail" >&2; exit 2 ;;
esac
for _ in $(seq 1 120); do
  (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null && break
  kill -0 "$mail" 2>/dev/null || { echo "$server did not start: see $work" >&2; exit 1; }
  sleep 0.5
done

key="$(head -c 32 /dev/urandom | base64)"
(cd "$work" && FIDELE_DATA_DIR="$work/pg" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
  FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
  exec java ${APP_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --fidele.email.allow-plain=true --fidele.email.credentials-key="$key" \
    --fidele.email.poll-interval=1h --fidele.email.idle="${IDLE:-false}" > "$work/app.log" 2>&1) &
app=$!
for _ in $(seq 1 480); do
  curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  kill -0 "$app" 2>/dev/null || { echo "Fidèle did not start: $work/app.log" >&2; exit 1; }
  sleep 0.5
done
pg_port="$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$work/app.log" | tail -1 | awk '{print $NF}')"
sql() { psql -h localhost -p "$pg_port" -U postgres -d postgres -AtX -F ' ' -c "$1"; }
# CPU seconds of Fidèle's JVM and of its PostgreSQL (the postmaster with its ended children, and the live backends)
cpu() {
  local postmaster ticks pid
  postmaster="$(pgrep -f -- "-D $work/pg" | head -1)"
  ticks=$(awk '{print $14 + $15}' "/proc/$app/stat")
  [ -z "$postmaster" ] || ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")))
  for pid in $( [ -z "$postmaster" ] || pgrep -P "$postmaster"); do
    [ -r "/proc/$pid/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
imap=(--imap-port "$imap_port" --user "$user" --mailbox-password "$box_password")
java -cp "$cp" MailLoad --mode load "${imap[@]}" --messages "$messages" --senders "${SENDERS:-2000}" --port "$port" \
  --password "$password" | tee -a "$work/results"
raw_cold="$(java -cp "$cp" MailLoad --mode fetch "${imap[@]}")"
echo "raw cold $raw_cold" | tee -a "$work/results"
raw="$(java -cp "$cp" MailLoad --mode fetch "${imap[@]}")"
echo "raw $raw" | tee -a "$work/results"
each=""
if [ "$per_message" = "1" ]; then
  each="$(java -cp "$cp" MailLoad --mode fetch "${imap[@]}" --whole false)"
  echo "raw one FETCH per message $each" | tee -a "$work/results"
fi
last_uid="$(sed -n 's/.*last_uid=\([0-9]*\).*/\1/p' <<< "$raw")"
cpu_before="$(cpu)"
fidele="$(java -cp "$cp" MailLoad --mode read --port "$port" --password "$password" "${imap[@]}" --smtp-port "$smtp_port" \
  --last-uid "$last_uid" --queue "${QUEUE:-GENERAL}" --timeout "${READ_TIMEOUT:-1800}")"
cpu_after="$(cpu)"
echo "fidele $fidele cpu_s=$(echo "$cpu_after - $cpu_before" | bc)" | tee -a "$work/results"
# the benchmark's mailbox only: the demo company keeps its own written conversations in another, read by nobody
box="(select id from mailbox where address = '$user')"
check="$(sql "select count(*), count(*) filter (where ignored is not null), count(*) filter (where ignored is null and contact_id is null),
  count(distinct thread_id), (select count(distinct case_id) from email_thread where mailbox_id = $box), count(*) filter (where contact_id is not null),
  (select count(*) from work_item w join email_message m on m.contact_id = w.contact_id where m.mailbox_id = $box)
  from email_message where direction = 'INBOUND' and mailbox_id = $box")"
read -r kept ignored unrouted threads cases contacts items <<< "$check"
echo "database kept=$kept ignored=$ignored open_without_contact=$unrouted threads=$threads cases=$cases contacts=$contacts work_items=$items" \
  | tee -a "$work/results"

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }
raw_s="$(field seconds "$raw")"
fidele_s="$(field seconds "$fidele")"
{
  echo
  echo "| $messages messages, $server_version, $(nproc) cores | seconds | messages/s | × raw |"
  echo "|---|---:|---:|---:|"
  echo "| raw IMAP fetch, whole messages 200 per FETCH (cold / warm) | $(field seconds "$raw_cold") / $raw_s | $(field msgs_per_s "$raw") | 1 |"
  [ -z "$each" ] || echo "| raw IMAP fetch, one FETCH per message | $(field seconds "$each") | $(field msgs_per_s "$each") | $(echo "scale=1; $(field seconds "$each") / $raw_s" | bc) |"
  echo "| Fidèle: fetched, kept, threaded and routed | $fidele_s | $(field msgs_per_s "$fidele") | $(echo "scale=1; $fidele_s / $raw_s" | bc) |"
  echo
  echo "Under 60 s: $([ "$(echo "$fidele_s < 60" | bc)" = 1 ] && echo yes || echo no); every message kept: $([ "$kept" = "$messages" ] && echo yes || echo "no ($kept)");" \
    "every message that opens something routed: $([ "$unrouted" = 0 ] && [ "$contacts" = "$items" ] && echo yes || echo "no ($unrouted without contact, $items items for $contacts contacts)")."
  echo "Started $started_at (load average $load_start, at the end $(cut -d' ' -f1-3 /proc/loadavg)); Fidèle's and PostgreSQL's CPU during the read: $(echo "$cpu_after - $cpu_before" | bc) s."
} | tee -a "$work/results"
[ "$server" != dovecot ] || echo "IMAP logins seen by Dovecot (the load, the raw fetches and Fidèle): $(grep -c 'imap-login: Info: Login:' "$work/dovecot/dovecot.log")" \
  | tee -a "$work/results"
echo "Results in $work/results; logs in $work"
