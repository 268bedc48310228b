# Sourced by the Spark benchmarks; needs $work.
# measured COMMAND...: runs it in a session of its own and prints its output, then the peak of the summed resident
# memory of the JVMs of that session (the command's own process tree, nothing else on the machine), in MiB
measured() {
  local peak=0 total out="$work/measured.out"
  setsid "$@" > "$out" 2> "$work/measured.err" &
  local leader=$!
  while kill -0 "$leader" 2>/dev/null; do
    total=$(ps -s "$leader" -o comm=,rss= | awk '$1 == "java" {s += $2} END {print int(s / 1024)}')
    [ "$total" -gt "$peak" ] && peak=$total
    sleep 0.3
  done
  wait "$leader" || true
  cat "$out"
  echo "peak=$peak"
}

# field NAME TEXT: the value of NAME=value in TEXT
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2" | head -1; }
