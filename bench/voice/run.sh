#!/usr/bin/env bash
# Issue 14's sentiment measures: the classifier trained on DEFT 2017's training tweets and scored on its test tweets
# (accuracy, macro-F1) and on the Trustpilot reviews against their stars, beside the majority class and a word list in
# the same run; then texts classified per second on one core (the JVM pinned to CPU 0). Reads ../shared/data in place
# (their licences allow internal testing only: nothing is copied).
#   bench/voice/run.sh        env: DATA=<dir with french-tweets-deft2017 and french-reviews-trustpilot>
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${DATA:-$root/../shared/data}"
[ -d "$data/french-tweets-deft2017" ] || { echo "no $data/french-tweets-deft2017 (set DATA)" >&2; exit 2; }
cd "$root"
./mvnw -q -B -o -pl app -am test-compile -DskipTests 2>/dev/null || ./mvnw -q -B -pl app -am test-compile -DskipTests
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -B -o -pl app dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test > /dev/null
echo "Started $(date -u '+%Y-%m-%d %H:%M:%S UTC'); $(nproc) cores, one used; load average $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "app/target/test-classes:app/target/classes:$(cat "$classpath_file")" \
  fr.fidele.voice.SentimentBench "$data"
