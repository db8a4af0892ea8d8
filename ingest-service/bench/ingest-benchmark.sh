#!/usr/bin/env bash
# Ingest benchmark (docs/BENCHMARKS.md, "## Ingest"): a broker of its own on free ports, the packaged
# ingest-service with -Xmx128m on a free port, `allywatch ingest` of a JSONL file twice (second run:
# every article a duplicate), then the raw-producer baseline of the same lines on the same broker.
# Needs: ./mvnw -pl ingest-service verify (or package) and ./mvnw -pl cli install first.
# Usage: ingest-service/bench/ingest-benchmark.sh [FILE.jsonl]   (default: the Reuters corpus)
# INGEST_JAR runs another build of the service (e.g. the last commit's, for a before/after pair).
# INGEST_WARMUP="FILE..." ingests those files first (e.g. the BBC and 10kGNAD corpora: other articles), so the
# first run measures new articles on a service that has been running, not one whose JIT is still compiling.
# INGEST_JAVA_OPTS: the service's JVM options besides heap and GC; unset, -XX:TieredStopAtLevel=1 (C1 only), as
# ./allywatch and deploy/ run it; INGEST_JAVA_OPTS= (empty) runs the JVM's default tiered C1+C2. Also for a
# recording of where the time goes (CLI_JAVA_OPTS likewise for the CLI, C1 only unless set, as ./allywatch runs it):
#   INGEST_JAVA_OPTS='-XX:TieredStopAtLevel=1 -XX:StartFlightRecording=filename=/tmp/ingest.jfr,settings=profile' ingest-service/bench/ingest-benchmark.sh
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
  java -Xmx128m -XX:+UseSerialGC -Xlog:gc:file="$work/ingest-gc.log" ${INGEST_JAVA_OPTS--XX:TieredStopAtLevel=1} \
  -jar "${INGEST_JAR:-ingest-service/target/quarkus-app/quarkus-run.jar}" >"$work/ingest.log" 2>&1 &
ingest_pid=$!
cleanup() { kill "$ingest_pid" 2>/dev/null || true; wait "$ingest_pid" 2>/dev/null || true; exec 7>&-; wait || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
echo "ingest-service: port $port, pid $ingest_pid"

home="$work/home"; mkdir -p "$home"; echo "$key" >"$home/api-key"
cli() { java -Xmx256m -XX:+UseSerialGC ${CLI_JAVA_OPTS--XX:TieredStopAtLevel=1} -jar cli/target/allywatch-cli.jar ingest --home "$home" --ingest-port "$port" "$@"; }
# INGEST_CLIENT=curl sends the whole file as one NDJSON request instead: the service alone, no CLI.
curl_run() {
  local start end
  start=$(date +%s.%N)
  curl -s -o "$work/curl-$1.ndjson" -H "Authorization: Bearer $key" -H 'Content-Type: application/x-ndjson; charset=UTF-8' \
    --data-binary @"$corpus" "http://127.0.0.1:$port/api/articles/batch"
  end=$(date +%s.%N)
  python3 - "$work/curl-$1.ndjson" "$start" "$end" <<'PY'
import collections, json, sys
counts = collections.Counter(json.loads(l)["status"] for l in open(sys.argv[1]) if l.strip())
seconds = float(sys.argv[3]) - float(sys.argv[2])
n = sum(counts.values())
print(f"curl, one request: {n} lines in {seconds:.2f} s = {n / seconds:.0f}/s; {dict(counts)}")
PY
}
# CPU seconds the service used (user + system, from /proc): on a shared machine the wall clock
# says how busy the others were; this says what ingest itself costs.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$ingest_pid/stat"; }
cpu_report() { echo "ingest-service CPU for this run: $(awk -v a="$1" -v b="$(cpu)" 'BEGIN { printf "%.1f", b - a }') s"; }
if [ -n "${INGEST_WARMUP:-}" ]; then
  echo "--- warm-up: $INGEST_WARMUP"
  # shellcheck disable=SC2086
  c0=$(cpu); cli $INGEST_WARMUP | tail -3 || true; cpu_report "$c0"
fi
if [ "${INGEST_CLIENT:-cli}" = curl ]; then
  echo "--- first run (curl)"; c0=$(cpu); curl_run first; cpu_report "$c0"
  echo "--- second run (curl)"; c0=$(cpu); curl_run second; cpu_report "$c0"
else
  echo "--- first run"
  c0=$(cpu); cli "$corpus" | tail -25 || true; cpu_report "$c0"
  echo "--- second run"
  c0=$(cpu); cli "$corpus" | tail -8 || true; cpu_report "$c0"
fi
echo "--- raw producer, same lines, same broker"
java -Xmx512m -cp "$cp" io.allywatch.ingest.bench.IngestBenchmark produce "$bootstrap" articles.baseline "$corpus"
echo "--- ingest-service heap (GC log: used before -> after GC (committed))"
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/ingest-gc.log" | awk -F'[M>(-]' '{ if ($1>max) max=$1 } END { print "peak heap used before a GC: " max " MB of -Xmx128m; GCs: " NR }'
tail -1 "$work/ingest-gc.log"
echo "work dir: $work"
