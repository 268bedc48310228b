#!/usr/bin/env bash
# JMH micro-benchmarks of the survival kernels (SurvivalKernelsBenchmark, in the stats test sources).
#   bench/stats/jmh.sh [JMH options...]    e.g. bench/stats/jmh.sh -p subjects=10000000
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl stats test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/jmh-classpath.txt
cp="stats/target/test-classes:stats/target/classes:$(cat stats/target/jmh-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main SurvivalKernelsBenchmark "$@"
