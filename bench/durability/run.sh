#!/usr/bin/env bash
# What durability costs: contact creation through the REST API (POST /api/contacts, 201 = acknowledged) with the
# embedded PostgreSQL durable (default: fsync, synchronous_commit, full_page_writes on) against its throwaway mode
# (FIDELE_DB_THROWAWAY=true), side by side in the same run. For 1 and 4 clients: durable, throwaway, durable,
# throwaway (a fresh app and data directory each time), then a markdown table of the medians of the two rounds.
#   bench/durability/run.sh            env: WARMUP=10 DURATION=30 (seconds) PORT=18190 BENCH_WORK=<dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/app/target/fidele.jar"
port="${PORT:-18190}"
warmup="${WARMUP:-10}"
duration="${DURATION:-30}"
work="${BENCH_WORK:-$(mktemp -d /tmp/fidele-durability.XXXXXX)}"
mkdir -p "$work"
password="bench-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"

if [ ! -f "$jar" ]; then
  (cd "$root" && { ./mvnw -q -B -o -DskipTests install || ./mvnw -q -B -DskipTests install; })
fi
if curl -s -o /dev/null "localhost:$port"; then echo "port $port is already in use (set PORT)" >&2; exit 2; fi

app=""
stop_app() {
  [ -n "$app" ] || return 0
  kill "$app" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  # the embedded PostgreSQL of a Fidèle that did not stop cleanly: its postmaster, by the pid in its data directory
  if [ -f "$data/postmaster.pid" ]; then
    pm=$(head -1 "$data/postmaster.pid")
    kill -0 "$pm" 2>/dev/null && kill "$pm" 2>/dev/null || true
  fi
  app=""
}
trap 'stop_app' EXIT
trap 'exit 130' INT TERM

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
# compiled once (it runs as well with `java ContactLoad.java`); the source launcher would compile it at every run
javac -d "$work/classes" "$here/ContactLoad.java"

# one measurement: mode (durable|throwaway), clients; appends the load generator's line to $work/results
measure() {
  local mode="$1" clients="$2" throwaway=false i
  [ "$mode" = throwaway ] && throwaway=true
  data="$work/pg-$mode-$clients-$(date +%s%N)"
  (cd "$work" && FIDELE_DATA_DIR="$data" FIDELE_DB_THROWAWAY=$throwaway FIDELE_DEMO=true FIDELE_DEMO_CUSTOMERS=200 \
    FIDELE_DEMO_PASSWORD="$password" FIDELE_LOYALTY_REFRESHONSTART=false \
    exec java -jar "$jar" --server.port="$port" > "$work/app-$mode-$clients.log" 2>&1) &
  app=$!
  for i in $(seq 1 240); do
    curl -s "localhost:$port/actuator/health" 2>/dev/null | grep -q '^{.*"status":"UP"}$' && break
    kill -0 "$app" 2>/dev/null || { echo "Fidèle did not start: $work/app-$mode-$clients.log" >&2; exit 1; }
    sleep 0.5
  done
  # the settings PostgreSQL actually runs with, as a check on the mode
  db_port=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$work/app-$mode-$clients.log" | head -1)
  settings=$(psql -h localhost -p "$db_port" -U postgres -d postgres -Atc \
    "select string_agg(name || '=' || setting, ',' order by name) from pg_settings where name in ('fsync','synchronous_commit','full_page_writes')" 2>/dev/null || echo "?")
  line=$(java -cp "$work/classes" ContactLoad --port "$port" --password "$password" --mode "$mode" --clients "$clients" \
    --warmup "$warmup" --duration "$duration")
  echo "$line $settings load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/results" >&2
  stop_app
  rm -rf "$data"
}

echo "durability bench: $(nproc) cores, warm-up ${warmup}s, measured ${duration}s, work in $work" >&2
for clients in 1 4; do
  for round in 1 2; do
    measure durable "$clients"
    measure throwaway "$clients"
  done
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

# median of two rounds = their mean; the table keeps each round's value too
python3 - "$work/results" <<'PY'
import re, sys, statistics
rows = {}
for line in open(sys.argv[1]):
    kv = dict(re.findall(r"(\w+)=(\S+)", line))
    rows.setdefault((int(kv["clients"]), kv["mode"]), []).append(kv)
print("| clients | mode | contacts/s (median) | p50 ms | p99 ms | contacts/s per round | refused |")
print("|---:|---|---:|---:|---:|---|---:|")
for clients in sorted({c for c, _ in rows}):
    for mode in ("durable", "throwaway"):
        runs = rows.get((clients, mode), [])
        if not runs:
            continue
        med = lambda key: statistics.median(float(r[key]) for r in runs)
        print(f"| {clients} | {mode} | {med('ack_per_s'):.1f} | {med('p50_ms'):.1f} | {med('p99_ms'):.1f} "
              f"| {' / '.join(r['ack_per_s'] for r in runs)} | {sum(int(r['refused']) for r in runs)} |")
    d = rows.get((clients, "durable")); t = rows.get((clients, "throwaway"))
    if d and t:
        rd = statistics.median(float(r["ack_per_s"]) for r in d); rt = statistics.median(float(r["ack_per_s"]) for r in t)
        print(f"| {clients} | durable / throwaway | {rd / rt:.2f}× | | | | |")
PY
echo
echo "Started $started_at; $(nproc) cores; load average (1/5/15 min) at start: $load_start, at end: $load_end;" \
  "warm-up ${warmup}s, measured ${duration}s per run; data on $(df -T "$work" | awk 'NR==2 {print $2" ("$1")"}')."
