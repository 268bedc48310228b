#!/usr/bin/env bash
# The export and the erasure of a customer with 1,000 contacts, through the API, on the packaged application with the
# full-size demo company's shape at a small size (FIDELE_DEMO_CUSTOMERS, default 5000) and durable settings.
#   bench/privacy/run.sh        env: CUSTOMERS=5 CONTACTS=1000 DEMO_CUSTOMERS=5000 PORT=18193 BENCH_WORK=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18193}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-privacy.XXXXXX)}"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests install)
if curl -s -o /dev/null "localhost:$port"; then echo "port $port is already in use (set PORT)" >&2; exit 2; fi
javac -d "$work/classes" "$here/PersonalDataLoad.java"
(cd "$work" && FIDELE_DATA_DIR="$work/pg" FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS="${DEMO_CUSTOMERS:-5000}" \
  FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
  exec java -jar "$jar" --server.port="$port" > "$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 480); do
  curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  kill -0 "$app" 2>/dev/null || { echo "Fidèle did not start: $work/app.log" >&2; exit 1; }
  sleep 0.5
done
started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
java -cp "$work/classes" PersonalDataLoad --port "$port" --password "$password" --customers "${CUSTOMERS:-5}" \
  --contacts "${CONTACTS:-1000}" | tee "$work/results"
echo "Started $started_at; $(nproc) cores; durable embedded PostgreSQL; results in $work/results"
