#!/usr/bin/env bash
# Compares builds of Fidèle on the full recomputation, in turns: each jar given runs on a fresh server on the
# full-size demo company (bench/demo/run.sh), rests 45 s (the voice module trains its classifier at start), then
# recomputes twice. One line per run: the two recomputations' times, then the case file's reads and each phase of the
# contacts' read, from the server's log. This machine's speed has moved by a third within minutes: compare jars run in
# turns, not runs of different hours.
#   BENCH_WORK=/work/demo bench/loyalty/turns.sh A.jar B.jar A.jar B.jar
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_WORK:-/tmp/fidele-demo-bench}"
port=18082
[ -d "$work/pg" ] || { echo "run bench/demo/run.sh first" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: $0 JAR..." >&2; exit 2; }

# shellcheck source=bench/loyalty/server.sh
source "$root/bench/loyalty/server.sh"
# recompute: one POST, its time in seconds ("failed" after it on an HTTP error); needs $secret
recompute() {
  curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $secret" -X POST "localhost:$port/api/loyalty/recompute?asOf=2026-11-01" \
    || echo " failed"
}
# phase NAME: that phase of each full read in $log, in ms, "/" between reads (none for a jar that does not log it: a
# phase one jar times apart and another within its rows must be added up before comparing)
phase() { { grep "contacts read:" "$log" | grep -v " 0 contacts read" | grep -o "$1 [0-9]* ms" | awk '{print $(NF-1)}' | paste -sd/; } || true; }
for jar in "$@"; do
  log="$work/turn-$(basename "$jar" .jar)-$(date +%H%M%S).log"
  start_server $port "$log" --logging.level.fr.fidele.loyalty.ContactCounts=debug
  # as bench/loyalty/run.sh: the verbatims marked read, a director's API token written straight into the database
  psql -q -h localhost -p "$db_port" -U postgres -d postgres -f "$root/bench/voice-sources-read.sql"
  secret="fid_bench$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  digest=$(printf %s "$secret" | sha256sum | cut -d' ' -f1)
  psql -q -h localhost -p "$db_port" -U postgres -d postgres -c \
    "insert into api_token (user_id, name, token_digest, token_prefix) select id, 'bench', decode('$digest', 'hex'), 'fid_be' from app_user where username = 'helene'"
  sleep 45
  first=$(recompute)
  second=$(recompute)
  reads=$({ grep -o "case file read in [0-9]* ms" "$log" | awk '{print $5}' | paste -sd/; } || true)
  echo "$(basename "$jar"): recomputations ${first} s, ${second} s; case file read ${reads} ms;" \
    "joins $(phase joins) ms; contacts' rows $(phase rows) ms; put in order $(phase 'put in order') ms"
  kill "$server"
  wait "$server" 2>/dev/null || true
  sleep 5
done
