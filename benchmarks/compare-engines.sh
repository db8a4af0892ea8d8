#!/usr/bin/env bash
# The engine of this checkout against the engine of an earlier commit, in one run, on the same
# machine and corpus: both JMH jars are built, then run one after the other with the same settings,
# each twice (ABAB), so a change of load shows as a spread rather than as a difference.
#
#   benchmarks/compare-engines.sh [BASELINE_REF] [CORPUS_DIR]
#
# BASELINE_REF defaults to 1c7c09e (engine 0.3.0, before the real-text work); CORPUS_DIR to ../shared/corpus.
# Prints ops/s per benchmark and engine; MB/s = ops/s × mean article bytes (printed by each run).
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-1c7c09e}"
corpus="$(cd "${2:-../shared/corpus}" && pwd)"
work="benchmarks/target/compare"
base="$work/baseline-src"
mkdir -p "$work"

echo "== building the current engine's benchmarks"
./mvnw -B -q -pl benchmarks -am package -DskipTests
cp benchmarks/target/benchmarks.jar "$work/current.jar"

echo "== building the benchmarks of $ref"
rm -rf "$base"
git worktree prune
git worktree add --detach "$base" "$ref" >/dev/null
# -am builds the baseline's own engine in its reactor: nothing of it is installed over this checkout's artifacts
(cd "$base" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
cp "$base/benchmarks/target/benchmarks.jar" "$work/baseline.jar"
git worktree remove --force "$base"

# One warm-up and three measured iterations per fork; the text's language declared, as the pipeline runs it.
jmh=(-p "corpus=$corpus" -wi 1 -w 5s -i 3 -r 8s -f 1 -bm thrpt -tu s -rf csv)
benches='EngineBenchmark.(extractDeclaredLanguage|baselineLowerCase)$'
for round in 1 2; do
  for engine in baseline current; do
    echo "== round $round: $engine"
    java -jar "$work/$engine.jar" "$benches" "${jmh[@]}" -rff "$work/$engine-$round.csv" | grep -E "^Benchmark|^EngineBenchmark|articles,"
  done
done

echo
echo "== ops/s (two runs each)"
printf '%-45s %-10s %14s %14s\n' benchmark engine "run 1" "run 2"
for engine in baseline current; do
  for b in baselineLowerCase extractDeclaredLanguage; do
    r1=$(grep "\.$b\"" "$work/$engine-1.csv" | cut -d, -f5)
    r2=$(grep "\.$b\"" "$work/$engine-2.csv" | cut -d, -f5)
    printf '%-45s %-10s %14.0f %14.0f\n' "$b" "$engine" "$r1" "$r2"
  done
done
