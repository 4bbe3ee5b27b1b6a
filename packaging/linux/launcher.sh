#!/bin/bash
# The installed `parallax` command (bin/parallax of the package; /usr/bin/parallax links here).
# It runs the jar on the package's own trimmed Java runtime, so no JDK is needed. The install folder is
# root-owned and read-only, so everything the JVM and the native libraries write goes to the user's
# cache folder: start-up caches, ONNX Runtime's and DJL's unpacked natives, JavaFX's native cache.
# Same choice of caches as ./parallax: an AOT cache for the window, a silent class-data archive for
# commands (whose output may be piped).
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
# Caches are named after the jar's time and size, so an upgraded package never meets a stale one
# (a JDK 25.0.3 AOT cache does not check the jar itself); those of other versions are dropped. The
# prefix differs from ./parallax's (parallax-*): each drops the other's caches as stale otherwise.
stamp="installed-$(stat -c '%Y-%s' "$jar")"
find "$cache" -maxdepth 1 -name 'installed-*' ! -name "$stamp*" -delete 2>/dev/null || true
# ONNX Runtime leaves an empty onnxruntime-java* folder per run in java.io.tmpdir: sweep old ones.
find "$cache/tmp" -mindepth 1 -maxdepth 1 -name 'onnxruntime-java*' -empty -mmin +1 -delete 2>/dev/null || true
# Java creates its preferences folder (recent files) with a log line on the console; made here, silently.
[ -d "$HOME/.java/.userPrefs" ] || mkdir -p -m 700 "$HOME/.java/.userPrefs" 2>/dev/null || true
# -XX:-UsePerfData: no hsperfdata_<user> folder in /tmp (only monitoring tools read it); a crash report
# (hs_err) goes to the cache folder, not into the folder the user works in.
opts=(--enable-native-access=ALL-UNNAMED -XX:-UsePerfData "-XX:ErrorFile=$cache/hs_err_pid%p.log"
  "-Dparallax.home=$root/lib/app" "-Djava.io.tmpdir=$cache/tmp"
  "-DDJL_CACHE_DIR=$cache/djl" "-Djavafx.cachedir=$cache/openjfx")
case "${1:-}" in
  -h|--help|-V|--version|extract|search|compare|stories|related|versions|help) window=no ;;
  *) window=yes ;;
esac
if [ "$window" = yes ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$java" "${opts[@]}" -jar "$jar" "$@" # no display: the program says so itself; nothing to cache
elif [ "$window" = yes ]; then
  aot="$cache/$stamp-window.aot"
  quiet=(-Xlog:disable -Xlog:all=error:stderr)
  if [ -f "$aot" ]; then
    exec "$java" "${opts[@]}" "-XX:AOTCache=$aot" "${quiet[@]}" -jar "$jar" "$@"
  fi
  # First window: record what start-up loads, then build the cache in the background once the window
  # has closed. ./parallax's one-step -XX:AOTCacheOutput reports on the console whatever -Xlog says;
  # the two steps can be silenced (DisplayVMOutput, only while recording and building).
  conf="$cache/$stamp-window.aotconf.$$"
  silent=(-XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput "${quiet[@]}")
  status=0
  "$java" "${opts[@]}" -XX:AOTMode=record "-XX:AOTConfiguration=$conf" "${silent[@]}" -jar "$jar" "$@" || status=$?
  if [ -f "$conf" ]; then
    ("$java" "${opts[@]}" -XX:AOTMode=create "-XX:AOTConfiguration=$conf" "-XX:AOTCache=$aot.$$" "${silent[@]}" \
      -jar "$jar" && mv -f "$aot.$$" "$aot"; rm -f "$conf" "$aot.$$") </dev/null >/dev/null 2>&1 &
  fi
  exit "$status"
else
  # The serial collector for commands: about half the memory on long texts (docs/benchmarks.md).
  exec "$java" "${opts[@]}" -XX:+UseSerialGC -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$cache/$stamp-commands.jsa" \
    -Xlog:cds=off,cds+dynamic=off,aot=off -jar "$jar" "$@"
fi
