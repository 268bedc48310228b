#!/usr/bin/env bash
# Issue 15's search goal: results in under 50 ms at p95 over 100,000 articles. Builds the articles from ../shared/data's
# French customer texts (read in place: their licences allow internal testing only) in a throwaway database of the
# local PostgreSQL, indexes them with Fidèle's ArticleIndex, then times 10,000 searches on one thread with Lucene alone,
# with Fidèle's whole search (index + articles read), and with PostgreSQL's own full-text search, in the same run.
#   bench/knowledge/run.sh        env: DATA=<dir with french-tweets-deft2017 and french-reviews-trustpilot>,
#                                      ARTICLES (100000), PGHOST/PGPORT (127.0.0.1/5432, user postgres, trust)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${DATA:-$root/../shared/data}"
articles="${ARTICLES:-100000}"
host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
[ -d "$data/french-tweets-deft2017" ] || { echo "no $data/french-tweets-deft2017 (set DATA)" >&2; exit 2; }
cd "$root"
./mvnw -q -B -o -pl app -am test-compile -DskipTests 2>/dev/null || ./mvnw -q -B -pl app -am test-compile -DskipTests
classpath_file="$(mktemp)"
database=fidele_bench_knowledge
trap 'rm -f "$classpath_file"; psql -q -h "$host" -p "$port" -U postgres -c "drop database if exists $database" postgres' EXIT
./mvnw -q -B -o -pl app dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test > /dev/null
psql -q -h "$host" -p "$port" -U postgres -c "drop database if exists $database" postgres
psql -q -h "$host" -p "$port" -U postgres -c "create database $database" postgres
echo "Started $(date -u '+%Y-%m-%d %H:%M:%S UTC'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(psql -tA -h "$host" -p "$port" -U postgres -c 'show server_version' postgres | cut -d' ' -f1)"
java -Xmx2g -cp "app/target/test-classes:app/target/classes:$(cat "$classpath_file")" \
  fr.fidele.knowledge.ArticleSearchBench "$data" "jdbc:postgresql://$host:$port/$database" "$articles"
