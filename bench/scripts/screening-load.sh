#!/usr/bin/env bash
# The screening load test of issue 5: the packaged platform with DOCUMENTS travel documents and PERSONS persons
# imported through its own API, then an open-loop load of document checks and of person checks with bearer tokens and
# auditing on. The server (and its PostgreSQL) run on core 0, the load generator on core 1 (BENCHMARKS.md).
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/screening-load.sh [DOCUMENTS] [PERSONS] [RATE] [PERSON_RATE]
# PHASE=prepare generates and imports the data only; PHASE=measure reuses WORK's data and runs the load only.
# Needs: ./mvnw -q -DskipTests package (server/target/interlink-server.jar, bench/target/benchmarks.jar), curl, psql.
set -euo pipefail
DOCUMENTS=${1:-10000000}
PERSONS=${2:-1000000}
RATE=${3:-2000}
PERSON_RATE=${4:-300}
WORK=${WORK:-$(mktemp -d)}
PORT=18081
DBPORT=54399
BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
echo "work directory: $WORK"

PHASE=${PHASE:-all}
# Run from copies: a rebuild of the working tree must not swap the jar under a running server.
cp server/target/interlink-server.jar "$WORK/interlink-server.jar"
cp bench/target/benchmarks.jar "$WORK/benchmarks.jar"

# The measured server runs on core 0 (SERVER_CPUS=0,1 gives it both); preparing the data is not measured and uses both.
# SERVER_OPTS adds JVM options (e.g. another collector); the GC log of each start is kept in WORK.
SERVER_CPUS=${SERVER_CPUS:-0}
# By default the server's JVM options (server/jvm.options: G1 named, survivors promoted at once, no class unloading
# in the remark pause; the reasons are in that file). SERVER_OPTS replaces them.
SERVER_OPTS=${SERVER_OPTS:-@$PWD/server/jvm.options}
start_server() {
  local cpus=${1:-$SERVER_CPUS}
  GCLOG="$WORK/gc-$(date +%H%M%S).log"
  taskset -c "$cpus" $JAVA -Xms10g -Xmx10g $SERVER_OPTS -Xlog:gc:file="$GCLOG" -jar "$WORK/interlink-server.jar" --server.port=$PORT \
    --interlink.data-dir="$WORK/data" --interlink.database.port=$DBPORT \
    --interlink.screening.expected-documents=$((DOCUMENTS + 200000)) > "$WORK/server.log" 2>&1 &
  SERVER=$!
  local t0=$(date +%s)
  until curl -sf $BASE/actuator/health > /dev/null; do sleep 1; done
  echo "server healthy after $(( $(date +%s) - t0 )) s"
}
stop_server() { kill $SERVER; wait $SERVER 2>/dev/null || true; while pgrep -f "port=$PORT" > /dev/null; do sleep 1; done; }
token() { curl -s -u "$1:demo" -d grant_type=client_credentials $BASE/oauth2/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }

if [ "$PHASE" != measure ]; then
  [ -f "$WORK/documents.ndjson" ] || $JAVA -cp "$WORK/benchmarks.jar" org.interlink.bench.load.ScreeningData "$WORK" "$DOCUMENTS" "$PERSONS"
  start_server 0,1
  GS=$(token gs)
  for kind in documents persons; do
    t0=$(date +%s.%N)
    curl -s -H "Authorization: Bearer $GS" -H "Content-Type: application/x-ndjson" -T "$WORK/$kind.ndjson" -X POST \
      "$BASE/api/v1/imports/$kind" -o "$WORK/import-$kind.json"
    t1=$(date +%s.%N)
    echo "imported $kind in $(echo "$t1 - $t0" | bc) s: $(head -c 200 "$WORK/import-$kind.json")"
  done
  stop_server
  [ "$PHASE" = prepare ] && exit 0
fi
# A fresh start: the watchlist is built from PostgreSQL, as after any restart.
start_server
grep -E "Watchlist built|Matching warmed up" "$WORK/server.log" || true
ps -o rss= -p $SERVER | awk '{printf "server JVM RSS after build: %d MB\n", $1/1024}'

audit() { psql -h localhost -p $DBPORT -U postgres -d postgres -tAc "SELECT count(*) FROM audit_log WHERE operation = 'SCREEN'"; }
before=$(audit)
# LOAD_OPTS adds JVM options to the generator, e.g. -Dinterlink.bench.slow-log=FILE (each slow request, when it was due).
LOAD="taskset -c 1 $JAVA @$PWD/bench/load-jvm.options ${LOAD_OPTS:-} -cp "$WORK/benchmarks.jar" org.interlink.bench.load.LoadGenerator --base $BASE --client ncb-de --secret demo"
# GC pauses from here on (the build's are not the load's); G1 and Serial log "… 12.345ms", ZGC's pauses are sub-ms.
gc_from=$(wc -l < "$GCLOG")
gc_pauses() { tail -n +$((gc_from + 1)) "$GCLOG" | grep Pause | grep -oE '[0-9.]+ms$' | tr -d ms | sort -n |
  awk '{a[NR]=$1; s+=$1} END {if (NR) printf "GC pauses during the load: %d, median %.1f ms, max %.1f ms, total %.0f ms\n", NR, a[int((NR+1)/2)], a[NR], s; else print "GC pauses during the load: none logged"}'; }
echo "== document checks at $RATE/s"
$LOAD --path /api/v1/screening/documents --bodies "$WORK/document-checks.ndjson" --rate "$RATE" --warmup 60 --duration 60 | tee "$WORK/load.out"
echo "== person checks at $PERSON_RATE/s"
# Person checks run code the document checks never reached: with 30 s of warm-up the JIT compiler threads were still
# using as much CPU as the checks themselves (2026-11-30: per-thread CPU from /proc over 20 s windows at 150/s, 1.1 M
# documents: compiler 4.3 s, 3.3 s, 2.5 s, 2.5 s, 0.9 s, 0.5 s of CPU while the checks used 6.0 s falling to 3.9 s).
# Two minutes of warm-up measure the server as it runs for days, not its compiler.
$LOAD --path /api/v1/screening/persons --bodies "$WORK/person-checks.ndjson" --rate "$PERSON_RATE" --warmup 120 --duration 60 | tee -a "$WORK/load.out"
sleep 2
after=$(audit)
answered=$(grep -oE '\{200=[0-9]+' "$WORK/load.out" | sed 's/{200=//' | paste -sd+ | bc)
echo "audit rows written for checks: $((after - before)) (answered with 200: $answered; the warm-ups rise from a tenth of the rate)"
ps -o rss= -p $SERVER | awk '{printf "server JVM RSS: %d MB\n", $1/1024}'
gc_pauses || true
stop_server
