#!/usr/bin/env bash
# Start-up time and memory of the packaged platform: a first start on a fresh data directory (unpacks
# PostgreSQL, initdb, migrations, demo data), then a warm second start on the same directory.
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/startup.sh [server/target/interlink-server.jar]
set -u
JAR=${1:-server/target/interlink-server.jar}
DIR=$(mktemp -d)
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
for run in first second; do
  start=$(date +%s.%N)
  "$JAVA_HOME/bin/java" -jar "$JAR" --interlink.data-dir="$DIR" --server.port=18080 --interlink.database.port=0 \
    > "/tmp/interlink-startup-$run.log" 2>&1 &
  pid=$!
  until curl -sf localhost:18080/actuator/health > /dev/null; do sleep 0.1; done
  end=$(date +%s.%N)
  sleep 5
  postmaster=$(head -1 "$DIR/postgres/postmaster.pid")
  pg=$(pss_kb "$postmaster")
  for child in $(pgrep -P "$postmaster"); do pg=$((pg + $(pss_kb "$child"))); done
  printf '%s start to healthy: %.1f s; JVM RSS %d MB, PSS %d MB; PostgreSQL (all processes) PSS %d MB\n' \
    "$run" "$(echo "$end - $start" | bc)" $(( $(ps -o rss= -p $pid) / 1024 )) $(( $(pss_kb $pid) / 1024 )) $((pg / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null
done
rm -rf "$DIR"
