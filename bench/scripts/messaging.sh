#!/usr/bin/env bash
# Messaging load: the inbox of a bureau holding 100,000 messages, and sending with a 1 MB attachment (paced at the
# target 50/s, then above it), each beside a baseline run in the same session: GET /api/v1/countries through the same
# authentication, and the same messages sent as JSON without attachment. Server (and its embedded PostgreSQL)
# pinned to core 0, load generator to core 1; open loop (latency from when each request was due).
# Usage: ./mvnw -q -pl server,bench -am package -DskipTests
#        JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/messaging.sh [warmup-s] [duration-s] | tee bench/results/messaging.txt
set -u
WARMUP=${1:-60}
DURATION=${2:-60}
JAR=${JAR:-server/target/interlink-server.jar}
BENCH=${BENCH:-bench/target/benchmarks.jar}
PORT=${PORT:-18190} # not 8080/18090: others benchmark there; the embedded PostgreSQL takes a free port
DIR=$(mktemp -d /tmp/interlink-messaging-bench.XXXX)
JAVA="$JAVA_HOME/bin/java"
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
memory() {
  postmaster=$(head -1 "$DIR/postgres/postmaster.pid")
  pg=$(pss_kb "$postmaster")
  for child in $(pgrep -P "$postmaster"); do pg=$((pg + $(pss_kb "$child"))); done
  printf 'memory: JVM RSS %d MB; PostgreSQL (all processes) PSS %d MB\n' $(( $(ps -o rss= -p "$SERVER") / 1024 )) $((pg / 1024))
}
load() {
  local from=$(wc -l < "$DIR/gc.log" 2>/dev/null || echo 0)
  taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$BENCH" org.interlink.bench.load.MessagingLoad --base "http://localhost:$PORT" "$@" 2>&1 | grep -v '^\s*at \|^\s*\.\.\.'
  tail -n +"$((from + 1))" "$DIR/gc.log" | grep -o '[0-9.]*ms$' | tr -d ms \
    | awk '{n++; t+=$1; if ($1>m) m=$1} END {printf "gc: %d pauses, %.0f ms in all, longest %.0f ms; load average %s\n", n, t, m, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'"}'
}
finish() {
  local log=${SERVER_LOG:-/tmp/messaging-server-$(date -u +%Y%m%dT%H%M%SZ).log}
  cp "$DIR/server.log" "$log"
  echo "server log: $log ($(grep -c ' ERROR ' "$log") errors, $(grep -c 'OutOfMemoryError' "$log") OutOfMemoryError)"
}

echo "== $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
echo "== server $JAR ($(git log -1 --format='%h %s' 2>/dev/null | cut -c1-80)$(git diff --quiet 2>/dev/null || echo ', with uncommitted changes'))"
if ss -ltn | grep -q ":$PORT "; then echo "port $PORT is taken: PORT=... bench/scripts/messaging.sh"; exit 1; fi
# The collector is named: pinned to one core the JVM would pick the Serial collector (pauses of hundreds of ms).
# SERVER_CPUS=0,1 gives the server both cores; SERVER_OPTS replaces the JVM options.
taskset -c "${SERVER_CPUS:-0}" "$JAVA" -Xms1g -Xmx1g ${SERVER_OPTS:-@$PWD/server/jvm.options} -Xlog:gc:file="$DIR/gc.log" -jar "$JAR" --interlink.data-dir="$DIR" --server.port=$PORT --interlink.database.port=0 \
  --interlink.messaging.demo.messages=100000 --interlink.messaging.demo.inbox=DE > "$DIR/server.log" 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do kill -0 "$SERVER" 2>/dev/null || { echo "server did not start"; finish; exit 1; }; sleep 0.5; done
sleep 3
echo "server up; $(grep -o 'Seeded [0-9]* demo messages' "$DIR/server.log")"

echo "== warm-up: inbox pages and sends, $WARMUP s each"
load --client ncb-de --mode inbox --newest 100000 --rate 100 --warmup 0 --duration "$WARMUP" | grep -v measuring
load --client ncb-fr --mode send --rate 40 --warmup 0 --duration "$WARMUP" | grep -v measuring

echo "== baseline: GET /api/v1/countries, 100/s"
load --client ncb-de --mode get --path /api/v1/countries --rate 100 --warmup 5 --duration "$DURATION"
echo "== inbox of DE (100,000 messages, 80 % first page, 20 % a random deeper page), 100/s"
load --client ncb-de --mode inbox --newest 100000 --rate 100 --warmup 5 --duration "$DURATION"
echo "== inbox, 300/s"
load --client ncb-de --mode inbox --newest 100000 --rate 300 --warmup 5 --duration "$DURATION"
memory

echo "== baseline: the same messages as JSON without attachment, 50/s"
load --client ncb-fr --mode send --attachment 0 --rate 50 --warmup 5 --duration "$DURATION"
echo "== send with a 1 MiB attachment, 50/s (the target)"
load --client ncb-fr --mode send --rate 50 --warmup 5 --duration "$DURATION"
memory
echo "== send with a 1 MiB attachment, 80/s"
load --client ncb-fr --mode send --rate 80 --warmup 5 --duration "$DURATION"
memory
du -sh "$DIR/postgres" | sed 's/^/database size: /'
[ -d "$DIR/attachments" ] && du -sh "$DIR/attachments" | sed 's/^/attachment files: /'
finish

kill "$SERVER"; wait "$SERVER" 2>/dev/null
rm -rf "$DIR"
