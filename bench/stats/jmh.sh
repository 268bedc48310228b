#!/usr/bin/env bash
# JMH micro-benchmarks of the survival kernels (SurvivalKernelsBenchmark, in the stats test sources), warmed up, on
# the same generate.R data as bench/stats/run.sh (generated in $BENCH_WORK/nSIZE when missing).
#   bench/stats/jmh.sh [SIZE [JMH options...]]    e.g. bench/stats/jmh.sh 1000000 -rf csv -rff /tmp/jmh.csv
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_WORK:-/tmp/fidele-stats-bench}"
size="${1:-1000000}"
[ $# -gt 0 ] && shift
data="$work/n$size"
[ -f "$data/x3.f64" ] || Rscript "$root/bench/stats/generate.R" "$size" "$data"
cd "$root"
./mvnw -q -B -pl stats test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/jmh-classpath.txt
cp="stats/target/test-classes:stats/target/classes:$(cat stats/target/jmh-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main SurvivalKernelsBenchmark -p data="$data" "$@"
