#!/usr/bin/env bash
# The Cox fit in process and on Spark, side by side on the same data: bench/stats/generate.R's subjects (times in days,
# three covariates), the in-process fit (stats), the Spark job in local mode on two cores, and on a standalone cluster
# of one then two workers of one core each (spark/standalone.sh).
#   bench/spark/run.sh [SIZES...]          (default: 1000000 10000000)
# Needs Rscript (for generate.R), /usr/bin/time, python3, curl and a JDK 17. Prints a markdown table; writes nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_WORK:-/tmp/fidele-spark-bench}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000 10000000)
cd "$root"
./mvnw -q -B -pl stats,casefile install -DskipTests
./mvnw -q -B -f spark/pom.xml package -DskipTests
mkdir -p "$work/classes"
javac -cp stats/target/fidele-stats.jar -d "$work/classes" bench/stats/BenchDriver.java
home=spark/target/spark-home
jar=spark/target/fidele-spark.jar
opens=$(grep -o -- '--add-opens=[^ )]*' spark/standalone.sh | tr '\n' ' ')

# shellcheck source=bench/spark/measured.sh
source "$root/bench/spark/measured.sh"

# spark-submit in local mode on two cores; the class and its arguments follow
read -r -a local_submit <<<"java -Xmx6g $opens -cp $home/jars/*:$jar org.apache.spark.deploy.SparkSubmit --master local[2] --conf spark.ui.enabled=false --class"

echo "| subjects | where | load (s) | fit (s) | peak memory, all JVMs (MiB) | first coefficient |"
echo "|---:|---|---:|---:|---:|---|"
for n in "${sizes[@]}"; do
  data="$work/n$n"
  [ -f "$data/x3.f64" ] || Rscript bench/stats/generate.R "$n" "$data"
  [ -d "$data/parquet" ] || "${local_submit[@]}" fr.fidele.spark.BenchData "$jar" "$data" day "$data/parquet" 16 >&2 2>/dev/null
  out=$(measured java -XX:+UseParallelGC -Xmx6g -cp "stats/target/fidele-stats.jar:$work/classes" BenchDriver \
    cox-without-concordance day "$data")
  echo "| $n | in process (one JVM) | - | $(field seconds "$out") | $(field peak "$out") | $(field check "$out") |"
  out=$(measured "${local_submit[@]}" fr.fidele.spark.CoxJob "$jar" "$data/parquet")
  echo "| $n | Spark local[2] | $(field load_seconds "$out") | $(field seconds "$out") | $(field peak "$out") | $(field check "$out") |"
  for workers in 1 2; do
    out=$(measured spark/standalone.sh -w "$workers" -c 1 -m 6g fr.fidele.spark.CoxJob "$data/parquet")
    echo "| $n | standalone, $workers worker(s) of 1 core | $(field load_seconds "$out") | $(field seconds "$out") | $(field peak "$out") | $(field check "$out") |"
  done
done
