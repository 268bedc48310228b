#!/usr/bin/env bash
# What sign-in costs and what throttling does to a password spray, side by side in the same run: the packaged
# application on a fresh embedded database (throwaway mode), with throttling as shipped, then with throttling off
# (every limit set out of reach). In each: `cost` (the demo user signs in with the right password for COST_SECONDS)
# and `spray` (one wrong password on a new account name per attempt, from one address, for SPRAY_SECONDS).
#   bench/sign-in/run.sh        env: COST_SECONDS=20 SPRAY_SECONDS=60 PORT=18192 BENCH_WORK=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18192}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-sign-in.XXXXXX)}"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests install)
if curl -s -o /dev/null "localhost:$port"; then echo "port $port is already in use (set PORT)" >&2; exit 2; fi
javac -d "$work/classes" "$here/SignInLoad.java"

app=""
stop_app() {
  [ -n "$app" ] || return 0
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}
trap 'stop_app' EXIT

run() {
  local label="$1"; shift
  (cd "$work" && FIDELE_DATA_DIR="$work/pg-$label" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
    FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
    exec java -jar "$jar" --server.port="$port" "$@" > "$work/app-$label.log" 2>&1) &
  app=$!
  for _ in $(seq 1 240); do
    curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "$app" 2>/dev/null || { echo "Fidèle did not start: $work/app-$label.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "throttling=$label $(java -cp "$work/classes" SignInLoad --port "$port" --mode cost --user camille --password "$password" \
    --duration "${COST_SECONDS:-20}" --address 203.0.113.10)" | tee -a "$work/results"
  echo "throttling=$label $(java -cp "$work/classes" SignInLoad --port "$port" --mode spray --duration "${SPRAY_SECONDS:-60}" \
    --address 203.0.113.9)" | tee -a "$work/results"
  stop_app
}

started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
run on
run off --fidele.sign-in.free-failures=1000000 --fidele.sign-in.lock-after=1000000 --fidele.sign-in.address-free-failures=1000000
echo "Started $started_at; $(nproc) cores; results in $work/results"
