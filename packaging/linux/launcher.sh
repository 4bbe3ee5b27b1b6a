#!/bin/bash
# The installed `parallax` command (bin/parallax of the package; /usr/bin/parallax links here).
# It runs the jar on the package's own trimmed Java runtime, so no JDK is needed. The install folder is
# root-owned and read-only, so everything the JVM and the native libraries write goes to the user's
# cache folder: start-up caches, ONNX Runtime's and DJL's unpacked natives, JavaFX's native cache.
# Same start-up caches as ./parallax: AOT caches for the commands and the window, made at package time.
set -euo pipefail
root="$(dirname "$(dirname "$(readlink -f "$0")")")" # /opt/parallax
java="$root/lib/runtime/bin/java"
jar="$root/lib/app/parallax.jar"
if [ -z "${HOME:-}" ]; then HOME="$(getent passwd "$(id -u)" | cut -d: -f6)"; fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/parallax"
if ! mkdir -p "$cache/tmp" 2>/dev/null || [ ! -w "$cache" ]; then
  cache="$(mktemp -d "${TMPDIR:-/tmp}/parallax.XXXXXX")" # no writable cache folder: a throw-away one
  mkdir -p "$cache/tmp"
fi
# Start-up caches (JDK 25 AOT caches, start-up-cache.sh): scripts/package records them into the package
# (lib/app/start-up/), so even a new user's first run starts from them. Should they be missing or not
# fit (the jar replaced by hand), the user's cache folder gets its own, recorded in the background, named
# after the jar's time and size so an upgraded package never meets a stale one; those of other versions
# are dropped. The prefix differs from ./parallax's (parallax-*): each drops the other's caches as stale otherwise.
source "$root/lib/start-up-cache.sh"
stamp="installed-$(stat -c '%Y-%s' "$jar")-$(cksum <"$(readlink -f "$0")" | cut -d' ' -f1)"
find "$cache" -maxdepth 1 -name 'installed-*' ! -name "$stamp*" -exec rm -rf {} + 2>/dev/null || true
# ONNX Runtime leaves an empty onnxruntime-java* folder per run in java.io.tmpdir: sweep old ones.
find "$cache/tmp" -mindepth 1 -maxdepth 1 -name 'onnxruntime-java*' -empty -mmin +1 -delete 2>/dev/null || true
# Java creates its preferences folder (recent files) with a log line on the console; made here, silently.
[ -d "$HOME/.java/.userPrefs" ] || mkdir -p -m 700 "$HOME/.java/.userPrefs" 2>/dev/null || true
# -XX:-UsePerfData: no hsperfdata_<user> folder in /tmp (only monitoring tools read it); a crash report
# (hs_err) goes to the cache folder, not into the folder the user works in.
opts=(--enable-native-access=ALL-UNNAMED -XX:-UsePerfData "-XX:ErrorFile=$cache/hs_err_pid%p.log"
  "-Dparallax.home=$root/lib/app" "-Djava.io.tmpdir=$cache/tmp"
  "-DDJL_CACHE_DIR=$cache/djl" "-Djavafx.cachedir=$cache/openjfx")
# The JVM options of each kind of run (a cache is recorded with exactly these); commands use the serial
# collector (about half the memory on long texts) and only the quick JIT compiler (C1: less CPU on short
# and long texts alike), see docs/benchmarks.md.
commands=("${opts[@]}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar")
window=("${opts[@]}" -jar "$jar")
packaged="$root/lib/app/start-up"
if [ "${PARALLAX_RECORD_PACKAGED_CACHES:-}" = 1 ]; then
  # scripts/package, on the application image: records the caches every user starts from, then stops.
  mkdir -p "$packaged"
  record_start_up_cache commands "$packaged/commands.aot" "$java" "${commands[@]}" ||
    { cat "$packaged/commands.log" >&2; exit 1; }
  record_start_up_cache window "$packaged/window.aot" "$java" "${window[@]}" ||
    echo "parallax: no window start-up cache (no display, no xvfb-run): each user records one" >&2
  rm -f "$packaged"/*.log
  stat -c '%Y-%s' "$jar" >"$packaged/jar.stamp"
  exit 0
fi
case "${1:-}" in
  -h|--help|-V|--version|extract|search|compare|stories|related|versions|help) kind=commands ;;
  *) kind=window ;;
esac
if [ "$kind" = window ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$java" "${window[@]}" "$@" # no display: the program says so itself; nothing to cache
fi
declare -n chosen="$kind"
aot="$cache/$stamp-$kind.aot"
if [ -f "$packaged/$kind.aot" ] && [ "$(cat "$packaged/jar.stamp" 2>/dev/null)" = "$(stat -c '%Y-%s' "$jar")" ]; then
  aot="$packaged/$kind.aot"
fi
if [ -f "$aot" ]; then
  # -Xlog: a cache the JVM cannot use is passed over in silence; errors still show.
  exec "$java" "-XX:AOTCache=$aot" -Xlog:disable -Xlog:all=error:stderr "${chosen[@]}" "$@"
fi
record_start_up_cache_later "$kind" "$aot" "$java" "${chosen[@]}"
exec "$java" "${chosen[@]}" "$@"
