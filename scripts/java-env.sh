# Sourced by the launcher, the test script and CI: finds a JDK 25+ and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 25+, then any JDK under /usr/lib/jvm that is 25+.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 25 ] 2>/dev/null; then
  JAVA_HOME=
  for d in /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    if [ -x "$d/bin/java" ] && [ "$(java_major "$d" 2>/dev/null || echo 0)" -ge 25 ] 2>/dev/null; then
      JAVA_HOME=$d
      break
    fi
  done
fi
if [ -z "$JAVA_HOME" ]; then
  echo "parallax: no JDK 25 found (looked at JAVA_HOME and /usr/lib/jvm): install one (Temurin 25, or your system's openjdk-25-jdk) and set JAVA_HOME to it" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's bundled Guava warns about sun.misc.Unsafe on JDK 25; the flag silences it harmlessly.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
