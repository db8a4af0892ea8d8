#!/usr/bin/env bash
# Ingest benchmark (docs/BENCHMARKS.md, "## Ingest"): a broker of its own on free ports, the packaged
# ingest-service with -Xmx128m on a free port, `allywatch ingest` of a JSONL file twice (second run:
# every article a duplicate), then the raw-producer baseline of the same lines on the same broker.
# Needs: ./mvnw -pl ingest-service verify (or package) and ./mvnw -pl cli install first.
# Usage: ingest-service/bench/ingest-benchmark.sh [FILE.jsonl]   (default: the Reuters corpus)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${1:-$repo/../shared/corpus/reuters21578/reuters21578.jsonl}"
[ -f "$corpus" ] || { echo "no corpus at $corpus (research-only, read from ../shared)" >&2; exit 1; }
work="$(mktemp -d /tmp/allywatch-ingest-bench.XXXXXX)"
cd "$repo"
cp_file="$work/test.classpath"
./mvnw -B -q -pl ingest-service dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="ingest-service/target/test-classes:ingest-service/target/classes:$(cat "$cp_file")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Broker: tied to the fifo below; closing it stops the broker.
mkfifo "$work/broker.stdin"
java -Xmx128m -cp "$cp" io.allywatch.ingest.bench.IngestBenchmark broker "$work/kafka" <"$work/broker.stdin" >"$work/broker.out" &
exec 7>"$work/broker.stdin"
for _ in $(seq 1 120); do grep -q '^127' "$work/broker.out" 2>/dev/null && break; sleep 1; done
bootstrap="$(head -1 "$work/broker.out")"
echo "broker: $bootstrap"

port="$(free_port)"
key="bench-$(date +%s)"
KAFKA_BOOTSTRAP_SERVERS="$bootstrap" INGEST_PORT="$port" ALLYWATCH_API_KEYS="$key" ALLYWATCH_DATA_DIR="$work/data" \
  java -Xmx128m -XX:+UseSerialGC -Xlog:gc:file="$work/ingest-gc.log" \
  -jar ingest-service/target/quarkus-app/quarkus-run.jar >"$work/ingest.log" 2>&1 &
ingest_pid=$!
cleanup() { kill "$ingest_pid" 2>/dev/null || true; wait "$ingest_pid" 2>/dev/null || true; exec 7>&-; wait || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
echo "ingest-service: port $port, pid $ingest_pid"

home="$work/home"; mkdir -p "$home"; echo "$key" >"$home/api-key"
cli() { java -Xmx256m -XX:+UseSerialGC -jar cli/target/allywatch-cli.jar ingest --home "$home" --ingest-port "$port" "$@"; }
echo "--- first run"
cli "$corpus" | tail -25 || true
echo "--- second run"
cli "$corpus" | tail -8 || true
echo "--- raw producer, same lines, same broker"
java -Xmx512m -cp "$cp" io.allywatch.ingest.bench.IngestBenchmark produce "$bootstrap" articles.baseline "$corpus"
echo "--- ingest-service heap (GC log: used before -> after GC (committed))"
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/ingest-gc.log" | awk -F'[M>(-]' '{ if ($1>max) max=$1 } END { print "peak heap used before a GC: " max " MB of -Xmx128m; GCs: " NR }'
tail -1 "$work/ingest-gc.log"
echo "work dir: $work"
