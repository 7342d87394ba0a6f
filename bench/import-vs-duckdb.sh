#!/usr/bin/env bash
# Import + report of N canonical executions (default 1,000,000), as whole processes, against DuckDB reading the
# same file with read_ndjson and computing the same per-agent aggregates. Prints wall time, CPU time, events/s, peak
# memory (max RSS), the ratio, the load average before and after, and the in-process time of report (ReportTiming).
# Then imports SMALL_HEAP_N lines (default 3,000,000) at -Xmx$SMALL_HEAP (default 256m) and prints whether every
# line was stored, the time and the peak resident memory: the heap an import needs must not grow with the file.
# Usage: bench/import-vs-duckdb.sh [N] [--keep]; SKIP_BUILD=1 reuses target/ (the build itself loads the machine);
# SKIP_SMALL_HEAP=1 leaves the bounded-heap run out.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
out=bench/out
mkdir -p "$out"
file="$out/executions-$n.jsonl"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "==> Building with the bench profile (DuckDB is benchmark-only)"
  mvn -B -q -Pbench -DskipTests package
fi
cp="target/breakerboard.jar:target/lib/*"

if [ ! -f "$file" ]; then
  echo "==> Generating $n canonical executions (no steps) into $file"
  java -cp "$cp" io.breakerboard.App generate --canonical "$file" --count "$n" --no-steps
fi
bytes=$(stat -c %s "$file")
echo "    $(( bytes / 1024 / 1024 )) MB"

measure() { # label, command... ; prints "seconds peak_kb cpu_seconds"
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$out/$label.rss" "$@" > "$out/$label.out" 2> "$out/$label.err"
  t1=$(date +%s.%N)
  read -r kb user sys < "$out/$label.rss"
  echo "$(echo "$t1 - $t0" | bc -l) $kb $(echo "$user + $sys" | bc -l)"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

rm -rf "$out/data"
load_before=$(load)
echo "==> breakerboard import"
read -r import_s import_kb import_cpu < <(measure import java -cp "$cp" io.breakerboard.App import --data-dir "$out/data" "$file")
echo "==> breakerboard report"
read -r report_s report_kb report_cpu < <(measure report java -cp "$cp" io.breakerboard.App report --data-dir "$out/data" --format csv)
echo "==> DuckDB read_ndjson + GROUP BY"
read -r duck_s duck_kb duck_cpu < <(measure duckdb java -cp "$cp" io.breakerboard.bench.DuckDbReport "$file")
echo "==> report in-process (ReportTiming, 3 rounds in one JVM)"
java -cp "$cp" io.breakerboard.bench.ReportTiming "$out/data" 3 2>/dev/null | tee "$out/report-timing.out"
load_after=$(load)

ours=$(echo "$import_s + $report_s" | bc -l)
printf '\n%-28s %10s %10s %14s %12s\n' "step" "seconds" "CPU s" "events/s" "peak MB"
printf '%-28s %10.2f %10.2f %14.0f %12.0f\n' "breakerboard import" "$import_s" "$import_cpu" "$(echo "$n / $import_s" | bc -l)" "$(echo "$import_kb / 1024" | bc -l)"
printf '%-28s %10.2f %10.2f %14s %12.0f\n' "breakerboard report" "$report_s" "$report_cpu" "-" "$(echo "$report_kb / 1024" | bc -l)"
printf '%-28s %10.2f %10s %14.0f %12s\n' "breakerboard import+report" "$ours" "-" "$(echo "$n / $ours" | bc -l)" "-"
printf '%-28s %10.2f %10.2f %14.0f %12.0f\n' "duckdb (peer)" "$duck_s" "$duck_cpu" "$(echo "$n / $duck_s" | bc -l)" "$(echo "$duck_kb / 1024" | bc -l)"
printf '\nratio breakerboard / duckdb: %.2fx\n' "$(echo "$ours / $duck_s" | bc -l)"
echo "load average (1, 5, 15 min): before $load_before, after $load_after"
echo
echo "Reports (first lines) — the numbers should agree up to the sketch's 1 % on percentiles:"
head -3 "$out/report.out"
head -3 "$out/duckdb.out"

if [ "${SKIP_SMALL_HEAP:-}" != 1 ]; then
  small_n=${SMALL_HEAP_N:-3000000}
  small_heap=${SMALL_HEAP:-256m}
  small_file="$out/executions-$small_n.jsonl"
  if [ ! -f "$small_file" ]; then
    echo "==> Generating $small_n canonical executions (no steps) into $small_file"
    java -cp "$cp" io.breakerboard.App generate --canonical "$small_file" --count "$small_n" --no-steps
  fi
  rm -rf "$out/data-small"
  echo
  echo "==> breakerboard import of $small_n executions ($(( $(stat -Lc %s "$small_file") / 1024 / 1024 )) MB) at -Xmx$small_heap"
  t0=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M %U %S" -o "$out/import-small.rss" java -Xmx"$small_heap" -cp "$cp" io.breakerboard.App import \
    --data-dir "$out/data-small" "$small_file" > "$out/import-small.out" 2> "$out/import-small.err"
  status=$?
  set -e
  t1=$(date +%s.%N)
  # GNU time puts "Command exited with non-zero status N" before the figures when the import fails.
  read -r kb user sys < <(tail -1 "$out/import-small.rss")
  stored=$(awk '/^TOTAL/ { print $3 }' "$out/import-small.out")
  printf '%-28s %10s %10s %12s %10s %s\n' "step" "seconds" "CPU s" "peak MB" "stored" "completed"
  printf '%-28s %10.2f %10.2f %12.0f %10s %s\n' "import at -Xmx$small_heap" "$(echo "$t1 - $t0" | bc -l)" \
    "$(echo "$user + $sys" | bc -l)" "$(echo "$kb / 1024" | bc -l)" "${stored:-?}" \
    "$([ "$status" = 0 ] && [ "${stored:-}" = "$small_n" ] && echo yes || echo "no (exit $status, see $out/import-small.err)")"
  [ "${2:-}" = "--keep" ] || rm -rf "$out/data-small"
fi

[ "${2:-}" = "--keep" ] || rm -rf "$out/data"
