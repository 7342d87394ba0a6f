#!/usr/bin/env bash
# Builds Breakerboard and a self-contained runtime image that needs no installed Java:
#   target/image/bin/breakerboard            opens the window
#   target/image/bin/breakerboard import …   runs a command-line sub-command
#
# The JDK and JavaFX modules are linked with jlink; the application and its automatic-module
# dependencies (chartfx, H2, resilience4j, …) run from the class path (docs/decisions/0003-runtime-image.md).
# JavaFX's native libraries go into the image's lib/ so nothing is unpacked into the user's home.
#
# Options: --skip-build (reuse target/breakerboard.jar and target/lib), --no-cds.
set -euo pipefail
cd "$(dirname "$0")"

skip_build=false
cds=true
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    --no-cds) cds=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "jlink.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}"
if [ ! -d "$java_home/jmods" ]; then
  echo "jlink.sh: $java_home has no jmods/ folder, which jlink needs." >&2
  echo "  On Debian/Ubuntu: apt-get install openjdk-17-jmods (or point JAVA_HOME at a full JDK 17+)." >&2
  exit 1
fi
jdk_version=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')

if ! $skip_build; then
  echo "==> Building the application (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi
[ -f target/breakerboard.jar ] || { echo "jlink.sh: target/breakerboard.jar is missing; run without --skip-build" >&2; exit 1; }

work=target/jlink-work
image=target/image
rm -rf "$work" "$image"
mkdir -p "$work/fx" "$work/app"

# JavaFX: the platform jars (classifier linux/mac/win) are real modules with their native libraries inside;
# the classifier-less javafx-*.jar files are empty placeholders and are left out.
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-[0-9]*-linux*.jar|javafx-*-[0-9]*-mac*.jar|javafx-*-[0-9]*-win*.jar) cp "$jar" "$work/fx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/app/" ;;
  esac
done
cp target/breakerboard.jar "$work/app/"
[ -n "$(ls "$work/fx")" ] || { echo "jlink.sh: no JavaFX platform jars in target/lib" >&2; exit 1; }

echo "==> Finding the JDK modules the application uses (jdeps)"
fx_modules=$(for jar in "$work"/fx/*.jar; do
  "$java_home/bin/jar" --describe-module --file "$jar" | head -1 | sed 's/@.*//' | awk '{print $1}'
done | sort -u | paste -sd, -)
jdk_modules=$("$java_home/bin/jdeps" --ignore-missing-deps --multi-release "$jdk_version" --print-module-deps \
  --module-path "$work/fx" --class-path "$work/app/*" "$work"/app/*.jar 2>/dev/null | tail -1 || true)
# Reached only by reflection or service loading, which jdeps cannot see: JDBC and JNDI (H2, HikariCP),
# JMX (HikariCP), sun.misc (chartfx, H2), zip file systems, elliptic-curve crypto, localized time zone names.
extra=java.sql,java.naming,java.management,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.localedata,java.desktop,java.logging,java.scripting
modules=$(echo "${jdk_modules},${fx_modules},${extra}" | tr ',' '\n' | grep -v '^$' | sort -u | paste -sd, -)
echo "    $modules"

echo "==> Linking the runtime (jlink)"
# A base CDS archive of the JDK classes; the application archive recorded below builds on it.
cds_plugin=""
if $cds && "$java_home/bin/jlink" --list-plugins | grep -q -- '--generate-cds-archive'; then
  cds_plugin=--generate-cds-archive
fi
if [ "$jdk_version" -ge 21 ] 2>/dev/null; then compress=zip-6; else compress=2; fi
"$java_home/bin/jlink" \
  --module-path "$java_home/jmods:$work/fx" \
  --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress="$compress" \
  --include-locales=en \
  $cds_plugin \
  --output "$image"

# Native libraries of JavaFX beside the JDK's own, where System.loadLibrary looks in a linked runtime.
for jar in "$work"/fx/*.jar; do
  libs=$("$java_home/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  [ -n "$libs" ] && (cd "$image/lib" && "$java_home/bin/jar" xf "$OLDPWD/$jar" $libs)
done

mkdir -p "$image/app"
cp "$work"/app/*.jar "$image/app/"
mkdir -p "$image/assets"
[ -d assets ] && cp -r assets/. "$image/assets/"
[ -d sample-logs ] && cp -r sample-logs "$image/sample-logs"

cat > "$image/bin/breakerboard" <<'LAUNCHER'
#!/bin/sh
# Breakerboard launcher: the window without arguments, a command-line sub-command with them.
# Shell built-ins only: the launcher must work with an empty PATH.
case "$0" in */*) bin_dir=${0%/*} ;; *) bin_dir=. ;; esac
here=$(cd "$bin_dir/.." && pwd)
cds=""
[ -f "$here/lib/breakerboard.jsa" ] && cds="-XX:SharedArchiveFile=$here/lib/breakerboard.jsa -Xshare:auto"
exec "$here/bin/java" $cds @@WINDOW_JVM_OPTIONS@@ ${BREAKERBOARD_JAVA_OPTS:-} -Dbreakerboard.home="$here" \
  -cp "$here/app/*" io.breakerboard.App "$@"
LAUNCHER
# The window's JVM options, from the one list every way of starting it uses.
window_options=$(grep -v '^#' src/main/resources/io/breakerboard/window-jvm-options | tr '\n' ' ' | sed 's/  */ /g; s/ $//')
sed -i "s|@@WINDOW_JVM_OPTIONS@@|$window_options|" "$image/bin/breakerboard"
chmod +x "$image/bin/breakerboard"

if $cds; then
  echo "==> Recording a class-data-sharing archive for faster start-up"
  tmp=$(mktemp -d)
  record=("$image/bin/java" -XX:ArchiveClassesAtExit="$image/lib/breakerboard.jsa" -Dbreakerboard.home="$image"
    -cp "$image/app/*" io.breakerboard.App)
  # With a display (or Xvfb) the training run opens the window on the demo logs, so the archive holds the
  # JavaFX, chart and window classes too; without one it runs `report`, which covers the store and metrics.
  display=()
  [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && display=(xvfb-run -a -s "-screen 0 1280x800x24")
  if { [ -n "${DISPLAY:-}" ] || [ ${#display[@]} -gt 0 ]; } && \
     "${display[@]}" "${record[@]}" --data-dir "$tmp/window" --screenshot "$tmp/window.png" >/dev/null 2>&1; then
    echo "    recorded from a window run on the demo logs"
  else
    "${record[@]}" report --data-dir "$tmp/report" >/dev/null 2>&1 || \
      echo "    (no archive recorded; the image still works, only start-up is slower)"
  fi
  rm -rf "$tmp"
fi

rm -rf "$work"
size=$(du -sh "$image" | cut -f1)
echo "==> Image ready: $image ($size). Run $image/bin/breakerboard"
