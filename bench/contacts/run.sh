#!/usr/bin/env bash
# Contact creation through the REST API (POST /api/contacts), several builds of Fidèle side by side in the same run:
# each build in turn, on a fresh embedded database in throwaway mode (so that only the code differs), with 1 then 4
# integration clients (bench/durability/ContactLoad.java), ROUNDS rounds, then a markdown table of the medians.
#   bench/contacts/run.sh before=/tmp/old/app/target/fidele.jar after=app/target/fidele.jar
#   env: WARMUP=10 DURATION=30 (seconds) ROUNDS=2 PORT=18191 BENCH_WORK=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 label=fidele.jar [label=fidele.jar ...]" >&2; exit 2; }
port="${PORT:-18191}"
warmup="${WARMUP:-10}"
duration="${DURATION:-30}"
rounds="${ROUNDS:-2}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-contacts.XXXXXX)}"
mkdir -p "$work"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
if curl -s -o /dev/null "localhost:$port"; then echo "port $port is already in use (set PORT)" >&2; exit 2; fi

app=""
data=""
stop_app() {
  [ -n "$app" ] || return 0
  kill "$app" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ -f "$data/postmaster.pid" ]; then
    pm=$(head -1 "$data/postmaster.pid")
    kill -0 "$pm" 2>/dev/null && kill "$pm" 2>/dev/null || true
  fi
  app=""
}
trap 'stop_app' EXIT
trap 'exit 130' INT TERM

started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
javac -d "$work/classes" "$here/../durability/ContactLoad.java"

measure() {
  local label="$1" jar="$2" clients="$3" i
  data="$work/pg-$label-$clients-$(date +%s%N)"
  (cd "$work" && FIDELE_DATA_DIR="$data" FIDELE_DB_THROWAWAY=true FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
    FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
    exec java -jar "$jar" --server.port="$port" > "$work/app-$label-$clients.log" 2>&1) &
  app=$!
  for i in $(seq 1 240); do
    curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "$app" 2>/dev/null || { echo "$label did not start: $work/app-$label-$clients.log" >&2; exit 1; }
    sleep 0.5
  done
  line=$(java -cp "$work/classes" ContactLoad --port "$port" --password "$password" --mode "$label" --clients "$clients" \
    --warmup "$warmup" --duration "$duration")
  echo "$line load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/results" >&2
  stop_app
  rm -rf "$data"
}

echo "contact creation: $# builds, $(nproc) cores, warm-up ${warmup}s, measured ${duration}s, $rounds rounds, work in $work" >&2
for clients in 1 4; do
  for round in $(seq 1 "$rounds"); do
    for build in "$@"; do
      measure "${build%%=*}" "$(realpath "${build#*=}")" "$clients"
    done
  done
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/results" "$@" <<'PY'
import re, sys, statistics
labels = [b.split("=", 1)[0] for b in sys.argv[2:]]
rows = {}
for line in open(sys.argv[1]):
    kv = dict(re.findall(r"(\w+)=(\S+)", line))
    rows.setdefault((int(kv["clients"]), kv["mode"]), []).append(kv)
print("| clients | build | contacts/s (median) | p50 ms | p99 ms | contacts/s per round | refused | / " + labels[0] + " |")
print("|---:|---|---:|---:|---:|---|---:|---:|")
for clients in sorted({c for c, _ in rows}):
    base = statistics.median(float(r["ack_per_s"]) for r in rows[(clients, labels[0])])
    for label in labels:
        runs = rows[(clients, label)]
        med = lambda key: statistics.median(float(r[key]) for r in runs)
        print(f"| {clients} | {label} | {med('ack_per_s'):.1f} | {med('p50_ms'):.1f} | {med('p99_ms'):.1f} "
              f"| {' / '.join(r['ack_per_s'] for r in runs)} | {sum(int(r['refused']) for r in runs)} | {med('ack_per_s') / base:.2f}× |")
PY
echo
echo "Started $started_at; $(nproc) cores; load average (1/5/15 min) at start: $load_start, at end: $load_end;" \
  "warm-up ${warmup}s, measured ${duration}s per run."
