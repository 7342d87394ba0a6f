#!/usr/bin/env bash
# The dashboard on N stored executions (default 1,000,000): launch -> every panel filled, a range change -> the
# charts redrawn, and the FX thread's pulses while a watched file grows by 1,000 executions a second. The peer,
# run by the same script, is the same measurement on the demo logs (a few thousand executions): the ratios say
# what the million costs. Needs a display; without $DISPLAY it runs under xvfb-run.
# Usage: bench/dashboard.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
out=bench/out
mkdir -p "$out"
file="$out/executions-$n.jsonl"

echo "==> Building with the bench profile"
mvn -B -q -Pbench -DskipTests package
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
}
fill "$out/dashboard-$n" "$file"
fill "$out/dashboard-demo" sample-logs

display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run > /dev/null || { echo "No display and no xvfb-run: install xvfb (apt-get install -y xvfb libgtk-3-0)" >&2; exit 2; }
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
run() { # label, store-dir: measures on a copy, so the fed executions never reach the kept store
  local label=$1 store=$2 work="$out/dashboard-run"
  rm -rf "$work"
  cp -r "$store" "$work"
  echo "==> $label" >&2
  "${display[@]}" java -cp "$cp" io.breakerboard.bench.DashboardBench --data-dir "$work/data" \
      --feed-file "$work/feed.jsonl" | tee "$out/dashboard-$label.out" >&2
  rm -rf "$work"
  grep '^RESULT' "$out/dashboard-$label.out"
}
peer=$(run demo "$out/dashboard-demo")
ours=$(run "$n" "$out/dashboard-$n")

value() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
printf '\n%-28s %12s %12s %8s %10s\n' "figure" "$n" "demo (peer)" "ratio" "target"
for k in launch_ms:3000 range_median_ms:300 range_max_ms:300 pulse_max_ms:50; do
  key=${k%%:*} target=${k##*:}
  a=$(value "$ours" "$key") b=$(value "$peer" "$key")
  printf '%-28s %12s %12s %7.1fx %10s\n' "$key" "$a" "$b" "$(echo "$a / ($b + 0.001)" | bc -l)" "$target"
done
