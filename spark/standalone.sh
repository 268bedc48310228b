#!/usr/bin/env bash
# A standalone Spark cluster on this machine, from the Maven artifacts alone (no Spark download): a master and N
# workers are started, the application is submitted to them, and everything is stopped when it ends.
#   spark/standalone.sh [-w WORKERS] [-c CORES_PER_WORKER] [-m MEMORY_PER_WORKER] CLASS [ARGS...]
#   e.g. spark/standalone.sh -w 2 fr.fidele.spark.CoxJob /tmp/rows.parquet
# Logs and the workers' directories are in spark/target/standalone/. Needs a JDK 17 and curl.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
workers=2
cores=1
memory=3g
while getopts "w:c:m:" option; do
  case "$option" in
    w) workers="$OPTARG" ;;
    c) cores="$OPTARG" ;;
    m) memory="$OPTARG" ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: $0 [-w WORKERS] [-c CORES] [-m MEMORY] CLASS [ARGS...]" >&2; exit 2; }

home="$root/spark/target/spark-home"
work="$root/spark/target/standalone"
jar="$root/spark/target/fidele-spark.jar"
if [ ! -f "$jar" ] || [ ! -d "$home/jars" ]; then
  # the module's package also lays out spark-home/jars (spark/pom.xml)
  (cd "$root" && ./mvnw -q -B -pl stats,casefile install -DskipTests && ./mvnw -q -B -f spark/pom.xml package -DskipTests)
fi
# the layout of a Spark distribution that its launcher looks for: SPARK_HOME/jars holds the classpath of every JVM
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13
# what Spark's own scripts give its JVMs on Java 17 (org.apache.spark.launcher.JavaModuleOptions)
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ui=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
master="spark://127.0.0.1:$port"
rm -rf "$work" && mkdir -p "$work"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

java -Xmx512m "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$ui" > "$work/master.log" 2>&1 &
pids+=($!)
for i in $(seq 1 "$workers"); do
  mkdir -p "$work/worker-$i"
  java -Xmx512m "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
    --cores "$cores" --memory "$memory" --webui-port 0 --work-dir "$work/worker-$i" "$master" \
    > "$work/worker-$i.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  alive=$(curl -s "http://127.0.0.1:$ui/json/" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null || echo 0)
  [ "$alive" = "$workers" ] && break
  sleep 0.5
done
[ "$alive" = "$workers" ] || { echo "the $workers workers did not register with $master (see $work)" >&2; exit 1; }
echo "standalone cluster: $master, $workers workers of $cores core(s) and $memory" >&2

class="$1"
shift
java -Xmx2g "${opens[@]}" -cp "$home/jars/*:$jar" org.apache.spark.deploy.SparkSubmit --master "$master" \
  --deploy-mode client --executor-memory "$memory" --conf spark.ui.enabled=false \
  --conf spark.scheduler.minRegisteredResourcesRatio=1.0 --class "$class" "$jar" "$@"
