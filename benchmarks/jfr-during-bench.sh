#!/bin/bash
# Records one service of a running `./allywatch bench` with JFR (profile settings), from the moment the
# bench starts its raw round trip, for SECONDS seconds. From the repository root, beside the bench:
#   ./allywatch bench --quick --doc none --plot scratch/run.svg > scratch/bench.log 2>&1 &
#   benchmarks/jfr-during-bench.sh extract-service 45 scratch/bench.log scratch/extract.jfr
# then: jfr print --json --events jdk.ExecutionSample scratch/extract.jfr > scratch/samples.json &&
#       benchmarks/jfr-stages.py scratch/samples.json
# Only this checkout's service is recorded (matched by the full path of its jar), never another one.
set -euo pipefail
SERVICE=$1; SECONDS_TO_RECORD=$2; LOG=$3; OUT=$(realpath -m "$4")
until grep -q "Raw Kafka round trip" "$LOG"; do sleep 0.5; done
JAR="$(pwd)/$SERVICE/target/quarkus-app/quarkus-run.jar"
PID=$(pgrep -f -- "-jar $JAR" | head -1)
[ -n "$PID" ] || { echo "no running $JAR" >&2; exit 1; }
jcmd "$PID" JFR.start duration="${SECONDS_TO_RECORD}s" settings=profile filename="$OUT"
