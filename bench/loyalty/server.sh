# Sourced by the loyalty benchmarks; needs $work (holding pg/ from bench/demo/run.sh) and $jar.
# start_server PORT LOG [SETTING...]: Fidèle on that database, without the recomputation at start, with the settings
# given (--name=value), its output in LOG; sets $server (its pid, stopped when the script exits) and $db_port (its
# embedded PostgreSQL's port)
start_server() {
  FIDELE_DATA_DIR="$work/pg" java -Xmx6g -jar "$jar" --server.port="$1" --fidele.loyalty.refresh-on-start=false \
    "${@:3}" > "$2" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "localhost:$1/actuator/health" >/dev/null && break; sleep 1; done
  db_port=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$2")
}
