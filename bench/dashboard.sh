#!/usr/bin/env bash
# The dashboard on N stored executions (default 1,000,000): launch -> every panel filled, a range change -> the
# charts redrawn, and the FX thread's pulses while a watched file grows by 1,000 executions a second. The peer,
# run by the same script, is the same measurement on the demo logs (a few thousand executions): the ratios say
# what the million costs. Needs a display; without $DISPLAY it runs under xvfb-run.
# Usage: bench/dashboard.sh [N]
#   RUNS=3            every figure is the median of three runs (peer and measured run taken in turns)
#   CDS=0             without a class-data-sharing archive (by default one is recorded from a window run on the
#                     demo logs, as the first window run of `java -jar` records one, and both runs use it)
#   LAUNCH_ONLY=1     only launch -> panels filled (no range changes, no feed)
#   SKIP_BUILD=1      reuse target/ (a build loads the machine just before measuring)
#   BENCH_OUT=DIR     where the generated executions and filled stores are kept (default bench/out)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
runs=${RUNS:-1}
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
file="$out/executions-$n.jsonl"

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "==> Building with the bench profile"
  mvn -B -q -Pbench -DskipTests package
fi
cp="target/breakerboard.jar:target/lib/*"

if [ ! -f "$file" ]; then
  echo "==> Generating $n canonical executions (no steps) into $file"
  java -cp "$cp" io.breakerboard.App generate --canonical "$file" --count "$n" --no-steps
fi
fill() { # store-dir, what to import...
  local store=$1; shift
  if [ ! -f "$store/complete" ]; then
    echo "==> Importing $* into $store (once; kept for later runs)"
    rm -rf "$store"
    java -cp "$cp" io.breakerboard.App import --data-dir "$store/data" "$@" > /dev/null
    touch "$store/complete"
  fi
  # A store kept from an older version is brought to the current schema once here, not in every measured launch.
  java -cp "$cp" io.breakerboard.App report --data-dir "$store/data" > /dev/null
}
fill "$out/dashboard-$n" "$file"
fill "$out/dashboard-demo" sample-logs

display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run > /dev/null || { echo "No display and no xvfb-run: install xvfb (apt-get install -y xvfb libgtk-3-0)" >&2; exit 2; }
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
# The window's own JVM options, as every way of starting the window passes them.
read -r -a jvm <<< "$(grep -v '^#' src/main/resources/io/breakerboard/window-jvm-options | tr '\n' ' ')"
extra=()
[ -n "${LAUNCH_ONLY:-}" ] && extra=(--launch-only)
if [ "${CDS:-1}" != 0 ]; then
  jsa="$out/dashboard.jsa"
  if [ ! -f "$jsa" ] || [ target/breakerboard.jar -nt "$jsa" ]; then
    echo "==> Recording a class-data-sharing archive from a window run on the demo logs"
    rm -rf "$out/dashboard-train" "$jsa"
    cp -r "$out/dashboard-demo" "$out/dashboard-train"
    "${display[@]}" java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds*=off -cp "$cp" io.breakerboard.bench.DashboardBench \
        --data-dir "$out/dashboard-train/data" --launch-only > /dev/null
    rm -rf "$out/dashboard-train"
  fi
  jvm+=(-XX:SharedArchiveFile="$jsa" -Xlog:cds*=off)
fi
run() { # label, store-dir: measures on a copy, so the fed executions never reach the kept store
  local label=$1 store=$2 work="$out/dashboard-run"
  rm -rf "$work"
  cp -r "$store" "$work"
  # The copy's pages reach the disk now, not while the launch is measured (a million executions are 131 MB).
  sync
  sleep 2
  echo "==> $label (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  "${display[@]}" java "${jvm[@]}" -cp "$cp" io.breakerboard.bench.DashboardBench --data-dir "$work/data" \
      --feed-file "$work/feed.jsonl" "${extra[@]}" | tee "$out/dashboard-$label.out" >&2
  rm -rf "$work"
  grep '^RESULT' "$out/dashboard-$label.out"
}
peers=() ourss=()
for i in $(seq 1 "$runs"); do
  peers+=("$(run demo "$out/dashboard-demo")")
  ourss+=("$(run "$n" "$out/dashboard-$n")")
done

value() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
median() { # key, results...: the median of the key's values
  local key=$1; shift
  for r in "$@"; do value "$r" "$key"; done | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}
printf '\n%-28s %12s %12s %8s %10s   (median of %d; load average now %s)\n' "figure" "$n" "demo (peer)" "ratio" "target" \
    "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
for k in launch_ms:3000 launch_cpu_ms:- details_ms:- range_median_ms:300 range_max_ms:300 pulse_max_ms:50; do
  key=${k%%:*} target=${k##*:}
  a=$(median "$key" "${ourss[@]}") b=$(median "$key" "${peers[@]}")
  printf '%-28s %12s %12s %7.1fx %10s\n' "$key" "$a" "$b" "$(echo "$a / ($b + 0.001)" | bc -l)" "$target"
done
