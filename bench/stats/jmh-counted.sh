#!/usr/bin/env bash
# JMH benchmark of the Cox fit a dashboard's period filter asks for (CountedCoxBenchmark, in the stats test sources):
# counting-process rows shaped like the loyalty module's retention model by channel, generated in process.
#   bench/stats/jmh-counted.sh [JMH options...]    e.g. bench/stats/jmh-counted.sh -p customers=200000
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl stats test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/jmh-classpath.txt
cp="stats/target/test-classes:stats/target/classes:$(cat stats/target/jmh-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main CountedCoxBenchmark "$@"
