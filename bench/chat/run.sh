#!/usr/bin/env bash
# Issue 12's chat benchmark: CONVERSATIONS concurrent chats from a loopback load generator (ChatLoad.java), each with
# its event stream open and a message every INTERVAL_MS; the delivery time of a message runs from its POST to its
# event on the stream. Side by side, in the same run and with the same generator: a raw SSE echo (the JDK's HTTP
# server, no database). Fidèle is the packaged application on a fresh embedded database (throwaway mode) with the demo
# company (200 customers); the widget is added straight into its database (its public key is all the load needs), on
# the demo's GENERAL queue, with the limits per address and per conversation raised for one address's 500 chats.
#   bench/chat/run.sh        env: CONVERSATIONS=500 SECONDS_RUN=60 INTERVAL_MS=2000 WARMUP=60 PORT=18194 BENCH_WORK=<dir>
#                                 APP_JAVA_OPTS=<for Fidèle's JVM, e.g. -XX:StartFlightRecording=filename=app.jfr>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18194}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-chat.XXXXXX)}"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
load=(--conversations "${CONVERSATIONS:-500}" --seconds "${SECONDS_RUN:-60}" --interval-ms "${INTERVAL_MS:-2000}" --warmup "${WARMUP:-60}")
if [ ! -f "$jar" ]; then
  (cd "$root" && { ./mvnw -q -B -o -DskipTests package || ./mvnw -q -B -DskipTests package; })
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is already in use (set PORT)" >&2; exit 2; fi
mkdir -p "$work"
javac -d "$work/classes" "$here/ChatLoad.java"

started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "raw SSE echo: $(java -cp "$work/classes" ChatLoad --mode echo "${load[@]}")" | tee "$work/results"

(cd "$work" && FIDELE_DATA_DIR="$work/pg" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
  FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
  exec java ${APP_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --fidele.chat.conversations-per-address=100000 \
    --fidele.chat.messages-per-conversation=100000 > "$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 480); do
  curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  kill -0 "$app" 2>/dev/null || { echo "Fidèle did not start: $work/app.log" >&2; exit 1; }
  sleep 0.5
done
pg_port="$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$work/app.log" | tail -1 | awk '{print $NF}')"
key="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
psql -h localhost -p "$pg_port" -U postgres -d postgres -qAtX -c "insert into chat_widget (public_key, name, queue_code, identity_secret,
  allowed_origins, created_at) values ('$key', 'Benchmark', 'GENERAL', 'chatsec_bench', '{http://localhost}', now())" > /dev/null
echo "Fidèle: $(java -cp "$work/classes" ChatLoad --mode fidele --port "$port" --key "$key" "${load[@]}")" | tee -a "$work/results"
echo "Started $started_at (load average $(cut -d' ' -f1-3 /proc/loadavg) at the end); $(nproc) cores; results in $work/results"
