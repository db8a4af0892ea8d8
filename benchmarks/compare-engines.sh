#!/usr/bin/env bash
# The engine of this checkout against the engine of an earlier commit, in one run, on the same
# machine and corpus: both JMH jars are built, then run one after the other with the same settings,
# each three times (ABABAB), so a change of load shows as a spread rather than as a difference.
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

# Three warm-up and six measured iterations of 10 s per run (this machine's neighbours move single
# iterations by up to 40%); the text's language declared, as the pipeline runs it.
jmh=(-p "corpus=$corpus" -wi 3 -w 10s -i 6 -r 10s -f 1 -bm thrpt -tu s -rf csv)
benches='EngineBenchmark.(extractDeclaredLanguage|baselineLowerCase)$'
rounds=(1 2 3)
for round in "${rounds[@]}"; do
  for engine in baseline current; do
    echo "== round $round: $engine"
    java -jar "$work/$engine.jar" "$benches" "${jmh[@]}" -rff "$work/$engine-$round.csv" | grep -E "^Benchmark|^EngineBenchmark|articles,"
  done
done

echo
echo "== ops/s, one column per run (MB/s = ops/s x mean bytes per article above)"
printf '%-26s %-10s' benchmark engine; for r in "${rounds[@]}"; do printf ' %12s' "run $r"; done; echo
for b in baselineLowerCase extractDeclaredLanguage; do
  for engine in baseline current; do
    printf '%-26s %-10s' "$b" "$engine"
    for r in "${rounds[@]}"; do printf ' %12.0f' "$(grep "\.$b\"" "$work/$engine-$r.csv" | cut -d, -f5)"; done
    echo
  done
done
