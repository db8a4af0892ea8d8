#!/usr/bin/env bash
# Query-service benchmark: its own Kafka broker and its own packaged query-service on free ports,
# COUNT generated event records, then wrk against /q/health (baseline) and the designation
# endpoints, and the projection latency (record on the topic -> committed, seen on the SSE stream).
#   query-service/bench/run.sh APP_DIR [h2|postgres]
# APP_DIR: a packaged quarkus-app. db-kind is fixed at build time, so PostgreSQL needs its own build; write it
# outside target/quarkus-app (which ./allywatch and the end-to-end tests run) and pass it with "postgres":
#   ./mvnw -B -o -q package -DskipTests -pl query-service -Dquarkus.profile=postgres -Dquarkus.package.output-directory=/tmp/qs-app-pg
#   query-service/bench/run.sh /tmp/qs-app-pg postgres     # recreates the database allywatch_bench on 127.0.0.1:5432
set -euo pipefail
app="$1"; db="${2:-h2}"
count="${COUNT:-100000}"; duration="${DURATION:-20s}"; connections="${CONNECTIONS:-16}"
cd "$(dirname "$0")/.."
work="$(mktemp -d /tmp/allywatch-bench-XXXXXX)"
cp="$(../mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null; cat "$work/cp.txt"):target/test-classes:target/classes"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

coproc BROKER { java -Xmx512m -XX:+UseSerialGC -cp "$cp" io.allywatch.query.bench.LoadGenerator broker "$work/kafka"; }
read -r _ bootstrap <&"${BROKER[0]}"
echo "broker $bootstrap, data in $work"

port="$(free_port)"; url="http://127.0.0.1:$port"
profile=(); if [ "$db" = postgres ]; then
  psql -q -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS allywatch_bench' -c 'CREATE DATABASE allywatch_bench'
  profile=(-Dquarkus.profile=postgres); export POSTGRES_DB=allywatch_bench
fi
KAFKA_BOOTSTRAP_SERVERS="$bootstrap" QUERY_PORT="$port" ALLYWATCH_DATA_DIR="$work/data" \
  java -Xmx256m -XX:+UseSerialGC "${profile[@]}" -jar "$app/quarkus-run.jar" >"$work/query-service.log" 2>&1 &
qpid=$!
trap 'kill $qpid 2>/dev/null; wait $qpid 2>/dev/null; exec {BROKER[1]}>&-; wait' EXIT
until curl -sf "$url/q/health/ready" >/dev/null; do sleep 0.5; done
echo "query-service ($db) on $url, pid $qpid"

java -Xmx512m -cp "$cp" io.allywatch.query.bench.LoadGenerator load "$bootstrap" "$url" "$count" 1
echo "events in the store: $(curl -s "$url/api/events?limit=1" >/dev/null && curl -s "$url/q/metrics" | grep -E '^allywatch_events_projected_total' | awk '{s+=$2} END {print s}') projected records"
echo "designation rows: $(curl -s "$url/api/designations" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"
echo "resident memory after load: $(ps -o rss= -p $qpid | awk '{printf "%.0f MB", $1/1024}')"

for path in /q/health /api/designations /api/designations/PER; do
  wrk -t2 -c"$connections" -d5s "$url$path" >/dev/null   # warm-up
done
for round in 1 2; do
  for path in /q/health /api/designations /api/designations/PER; do
    echo "== round $round: wrk -t2 -c$connections -d$duration --latency $url$path"
    wrk -t2 -c"$connections" -d"$duration" --latency "$url$path" | grep -E 'Requests/sec|Transfer/sec|^ +(50|90|99)%|Non-2xx'
  done
done
echo "== projection latency"
java -Xmx256m -cp "$cp" io.allywatch.query.bench.LoadGenerator latency "$bootstrap" "$url" 500 20
curl -s "$url/q/metrics" | grep -E '^allywatch_projection_latency_seconds(\{.*quantile|_max)'
echo "resident memory at the end: $(ps -o rss= -p $qpid | awk '{printf "%.0f MB", $1/1024}')"
exit 0
