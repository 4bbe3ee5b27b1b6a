#!/usr/bin/env bash
# Renders an HTML comparison export to a PNG with headless Chromium, to look at it as a reader would.
# Not run by the tests. Usage: scripts/render-html.sh [export.html] [out.png] [light|dark]
# Without an HTML file it renders the hand-built seed comparison that ExportsTest writes to
# target/export-samples/seed-comparison.html (running that test first when the file is missing).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
html="${1:-$here/target/export-samples/seed-comparison.html}"
png="${2:-/tmp/export.png}"
scheme="${3:-light}"
if [ ! -f "$html" ]; then
  if [ $# -ge 1 ]; then
    echo "no such file: $html" >&2
    exit 1
  fi
  source "$here/scripts/java-env.sh"
  (cd "$here" && ./mvnw -B -q test -Dtest=ExportsTest#writesEveryFormatOfTheSeedComparison)
fi
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chrome" ]; then
  echo "Chromium not found: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=()
if [ "$scheme" = dark ]; then
  flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
fi
"$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --window-size="${WINDOW:-1400,1800}" \
  "${flags[@]}" --screenshot="$png" "file://$(realpath "$html")" 2>/dev/null
echo "wrote $png"
