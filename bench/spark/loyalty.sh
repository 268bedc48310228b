#!/usr/bin/env bash
# The loyalty models computed in process and by the Spark job, side by side on the demo company that
# bench/demo/run.sh loads: the application's recomputation through its API (the read of the case file, the experience
# and retention models, and the rest), then fr.fidele.spark.LoyaltyModelsJob (the read of the case file by ranges of
# customers, the experience and retention models) on local[2], and on a standalone cluster of one worker, then two,
# of one core each (spark/standalone.sh), reading the same database; then the case file exported to Parquet
# (fr.fidele.spark.CaseFileExport) and the job reading that export, on local[2]; last, Fidèle's own recomputation
# with a cluster configured (local[2]), which is the job (decision 35).
#   bench/spark/loyalty.sh              (expects $BENCH_WORK/pg from bench/demo/run.sh)
# Prints a markdown table; writes nothing else. Needs curl, psql, python3 and a JDK 17.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_WORK:-/tmp/fidele-demo-bench}"
jar="$root/app/target/fidele.jar"
port=18082
ranges=16
as_of=2026-11-01
[ -d "$work/pg" ] || { echo "run bench/demo/run.sh first" >&2; exit 2; }
cd "$root"
./mvnw -q -B -pl stats,casefile install -DskipTests
./mvnw -q -B -f spark/pom.xml package -DskipTests
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
home=spark/target/spark-home
spark_jar=spark/target/fidele-spark.jar
opens=$(grep -o -- '--add-opens=[^ )]*' spark/standalone.sh | tr '\n' ' ')
# shellcheck source=bench/spark/measured.sh
source "$root/bench/spark/measured.sh"

# shellcheck source=bench/loyalty/server.sh
source "$root/bench/loyalty/server.sh"
start_server $port "$work/spark-loyalty-server.log"
sql() { psql -q -h localhost -p "$db_port" -U postgres -d postgres "$@"; }
sql -f bench/voice-sources-read.sql
sql -c "vacuum (analyze)"
secret="fid_bench$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
digest=$(printf %s "$secret" | sha256sum | cut -d' ' -f1)
sql -c "insert into api_token (user_id, name, token_digest, token_prefix) select id, 'bench', decode('$digest', 'hex'), 'fid_be' from app_user where username = 'helene'"
counts=$(sql -Atc "select (select count(*) from customer) || ' customers, ' || (select count(*) from contact) || ' contacts'")

# In process: the first recomputation after the start, then the second; the log gives the parts of each.
api() { curl -s -H "Authorization: Bearer $secret" "$@"; }
first_s=$(api -o /dev/null -w '%{time_total}' -X POST "localhost:$port/api/loyalty/recompute?asOf=$as_of")
again_s=$(api -o /dev/null -w '%{time_total}' -X POST "localhost:$port/api/loyalty/recompute?asOf=$as_of")
last_ms() { grep "$1" "$work/spark-loyalty-server.log" | tail -1 | sed -n 's/.* \([0-9]*\) ms.*/\1/p'; }
read_ms=$(last_ms "Loyalty: case file read in")
retention_ms=$(last_ms "Loyalty: retention models fitted in")
experiences_ms=$(last_ms "Loyalty: loyalty-experiences done in")
hazard=$(api "localhost:$port/api/loyalty/experiences" | python3 -c 'import json,sys; e=json.load(sys.stdin)["effects"][0]; print(e["term"], "%.10g" % e["hazardRatio"])')
rss_mib=$(( $(ps -o rss= -p "$server") / 1024 ))

# The job's first experience's hazard ratio, from its reply (every double in hexadecimal)
job_hazard() {
  python3 - "$1/experiences.reply" <<'PY'
import math, sys
props = dict(line.rstrip("\n").split("=", 1) for line in open(sys.argv[1]) if "=" in line and not line.startswith("#"))
terms = props["terms"].replace("\\t", "\t").split("\t")
print(terms[0], "%.10g" % math.exp(float.fromhex(props["coefficients"].split()[0].split(",")[0])))
PY
}
url="jdbc:postgresql://localhost:$db_port/postgres?user=postgres"
zone=$(cat /etc/timezone 2>/dev/null || echo UTC)
rows=()
out=$(measured java -Xmx6g $opens -cp "$home/jars/*:$spark_jar" org.apache.spark.deploy.SparkSubmit --master "local[2]" \
  --conf spark.ui.enabled=false --class fr.fidele.spark.LoyaltyModelsJob "$spark_jar" "$url" $as_of "$zone" "$work/job-local" $ranges)
rows+=("| Spark \`local[2]\` | $(field seconds "$out") | $(field peak "$out") | $(job_hazard "$work/job-local") |")
out=$(measured java -Xmx6g $opens -cp "$home/jars/*:$spark_jar" org.apache.spark.deploy.SparkSubmit --master "local[2]" \
  --conf spark.ui.enabled=false --class fr.fidele.spark.CaseFileExport "$spark_jar" "$url" "$work/export" $ranges)
export_mib=$(du -sm "$work/export" | cut -f1)
rows+=("| Spark \`local[2]\`, the case file exported to Parquet ($export_mib MiB), no model | $(field seconds "$out") | $(field peak "$out") | - |")
out=$(measured java -Xmx6g $opens -cp "$home/jars/*:$spark_jar" org.apache.spark.deploy.SparkSubmit --master "local[2]" \
  --conf spark.ui.enabled=false --class fr.fidele.spark.LoyaltyModelsJob "$spark_jar" "$work/export" $as_of "$zone" \
  "$work/job-parquet" $ranges)
rows+=("| Spark \`local[2]\` reading that export instead of the database | $(field seconds "$out") | $(field peak "$out") | $(job_hazard "$work/job-parquet") |")
for workers in 1 2; do
  out=$(measured spark/standalone.sh -w "$workers" -c 1 -m 4g fr.fidele.spark.LoyaltyModelsJob "$url" $as_of "$zone" \
    "$work/job-w$workers" $ranges)
  rows+=("| standalone, $workers worker(s) of 1 core | $(field seconds "$out") | $(field peak "$out") | $(job_hazard "$work/job-w$workers") |")
done

# Fidèle's recomputation with a cluster configured: the job, started by the application, its figures read back
kill "$server"; wait "$server" 2>/dev/null || true
start_server $port "$work/spark-loyalty-cluster.log" --fidele.loyalty.cluster.master="local[2]" \
  --fidele.loyalty.cluster.spark-home="$root/$home" --fidele.loyalty.cluster.job-jar="$root/$spark_jar" \
  --fidele.loyalty.cluster.executor-memory=4g
cluster_s=$(api -o /dev/null -w '%{time_total}' -X POST "localhost:$port/api/loyalty/recompute?asOf=$as_of")
cluster_hazard=$(api "localhost:$port/api/loyalty/experiences" | python3 -c 'import json,sys; e=json.load(sys.stdin)["effects"][0]; print(e["term"], "%.10g" % e["hazardRatio"])')
rows+=("| Fidèle's recomputation with a cluster (\`local[2]\`): the job, 8 ranges, started and read back by the server | $cluster_s | - | $cluster_hazard |")

echo "$counts; in process: the first recomputation after the start ${first_s} s, the second ${again_s} s (case file read"
echo "$read_ms ms, retention models $retention_ms ms, experience model $experiences_ms ms beside them), server $rss_mib MiB"
echo
echo "| where | read and models (s) | peak memory, all JVMs (MiB) | first experience, hazard ratio |"
echo "|---|---:|---:|---|"
echo "| in process (second recomputation: read + retention models, the experience model beside them) | $(echo "scale=3; ($read_ms + $retention_ms) / 1000" | bc) | $rss_mib (the server) | $hazard |"
printf '%s\n' "${rows[@]}"
