# Start-up caches (JDK 25 AOT caches: classes loaded and linked, method profiles), sourced by both
# launchers: ./parallax (the caches are made right after it builds the jar) and the installed
# bin/parallax (scripts/package makes them into the package). A training run of the commands or the
# window (-Dparallax.training, see StartUpTraining and ParallaxApp) is recorded and the cache created
# from it, in two steps whose JVM output goes to a log beside the cache, never to the console; the
# window trains off screen (its stage is never shown), under xvfb-run when there is no display.
# Caches are named by the caller after the jar's time and size, so a rebuilt jar never meets a stale one.

# record_start_up_cache KIND CACHE JAVA JVM-OPTION... -jar JAR: makes CACHE (an .aot file) from a training
# run of KIND (commands or window), run with the same JVM options the real runs use. Quiet; its status
# says whether the cache was made. The training is a user of its own (a throw-away library and settings).
record_start_up_cache() {
  local kind="$1" cache="$2" java="$3"
  shift 3
  local work display=()
  work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-training.XXXXXX")" || return 1
  if [ "$kind" = window ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    if ! command -v xvfb-run >/dev/null 2>&1; then
      rm -rf "$work"
      return 1
    fi
    display=(xvfb-run -a -s "-screen 0 1700x1100x24")
  fi
  local status=0
  {
    env HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" \
      "${display[@]}" "$java" -XX:AOTMode=record "-XX:AOTConfiguration=$work/conf" "-Dparallax.training=$kind" "$@" &&
      "$java" -XX:AOTMode=create "-XX:AOTConfiguration=$work/conf" "-XX:AOTCache=$cache.$$" "$@" &&
      mv -f "$cache.$$" "$cache"
  } </dev/null >"${cache%.aot}.log" 2>&1 || status=$?
  rm -rf "$work" "$cache.$$"
  return "$status"
}

# record_start_up_cache_later KIND CACHE JAVA JVM-OPTION... -jar JAR: the same in the background, niced
# and after a pause (the run that found the cache missing goes first, and its first view), at most one
# per cache at a time. For a jar built outside the launcher (./mvnw package), or a cache deleted since.
record_start_up_cache_later() {
  local cache="$2" lock="${2%.aot}.recording"
  find "$lock" -maxdepth 0 -mmin +15 -exec rmdir {} \; 2>/dev/null || true # left by a killed run
  mkdir "$lock" 2>/dev/null || return 0 # another run is recording it
  (
    trap 'rmdir "$lock" 2>/dev/null' EXIT
    sleep 5
    renice -n 10 "$BASHPID" >/dev/null 2>&1 || true
    record_start_up_cache "$@" || true
  ) </dev/null >/dev/null 2>&1 &
  disown 2>/dev/null || true
}
