#!/usr/bin/env bash
# CPU per screening check: the packaged server on data prepared by screening-load.sh (PHASE=prepare), an open-loop
# load at RATE for WARM seconds, then the JVM's and PostgreSQL's user + system ticks (from /proc) over DURATION
# seconds divided by the answered checks, with the audit rows per commit and the WAL written per check; and the
# generator's own CPU per request.
# JFR=1 also records a profile (-XX:FlightRecorderOptions:stackdepth=256 in OPTS keeps Spring's deep stacks whole).
#
# Usage: WORK=/path/to/prepared JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [JAR=…] [BENCH=…benchmarks.jar] [RATE=2000]
#        [WARM=60] [DURATION=30] [PATHX=/api/v1/screening/persons BODIES=…/person-checks.ndjson] [CPUS=0,1] [OPTS=…]
#        bench/scripts/cpu-per-check.sh
set -u
W=${WORK:?prepared data from screening-load.sh PHASE=prepare}
PORT=18081; DBPORT=54399; BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
OUT=$(mktemp -d)
# Run from copies: a rebuild of the working tree must not swap the jar under a running server.
cp "${JAR:-server/target/interlink-server.jar}" "$OUT/server.jar"; cp "${BENCH:-bench/target/benchmarks.jar}" "$OUT/bench.jar"
RATE=${RATE:-2000}; PATHX=${PATHX:-/api/v1/screening/documents}; BODIES=${BODIES:-$W/document-checks.ndjson}
taskset -c "${CPUS:-0,1}" "$JAVA" -Xms10g -Xmx10g @"$PWD/server/jvm.options" ${OPTS:-} -jar "$OUT/server.jar" --server.port=$PORT \
  --interlink.data-dir="$W/data" --interlink.database.port=$DBPORT --interlink.screening.expected-documents=12000000 \
  > "$OUT/server.log" 2>&1 &
S=$!
until grep -qs "Matching warmed up" "$OUT/server.log"; do sleep 2; done
LOAD="taskset -c 1 $JAVA @$PWD/bench/load-jvm.options -cp $OUT/bench.jar org.interlink.bench.load.LoadGenerator --base $BASE --client ncb-de --secret demo"
$LOAD --path "$PATHX" --bodies "$BODIES" --rate "$RATE" --warmup "${WARM:-60}" --duration 10 > "$OUT/warm.out"
PM=$(head -1 "$W/data/postgres/postmaster.pid")
ticks() { local t=0; for p in "$@"; do read -r u s < <(awk '{print $14, $15}' /proc/$p/stat); t=$((t + u + s)); done; echo $t; }
PSQL="psql -h localhost -p $DBPORT -U postgres -d postgres -tAc"
seq0=$($PSQL "SELECT max(seq) FROM audit_log")
WAL="SELECT wal_records || ' ' || wal_fpi || ' ' || wal_bytes FROM pg_stat_wal"
read -r wr0 wf0 wb0 < <($PSQL "$WAL")
ju0=$(awk '{print $14}' /proc/$S/stat); js0=$(awk '{print $15}' /proc/$S/stat); pg0=$(ticks $PM $(pgrep -P $PM))
[ -n "${JFR:-}" ] && jcmd $S JFR.start name=p settings=profile filename="$OUT/profile.jfr" > /dev/null
/usr/bin/time -f "%U %S" -o "$OUT/generator.time" \
  $LOAD --path "$PATHX" --bodies "$BODIES" --rate "$RATE" --warmup 1 --duration "${DURATION:-30}" > "$OUT/load.out"
ju1=$(awk '{print $14}' /proc/$S/stat); js1=$(awk '{print $15}' /proc/$S/stat); pg1=$(ticks $PM $(pgrep -P $PM))
read -r wr1 wf1 wb1 < <($PSQL "$WAL")
[ -n "${JFR:-}" ] && jcmd $S JFR.stop name=p > /dev/null && echo "profile: $OUT/profile.jfr"
n=$(grep -oE '\{200=[0-9]+' "$OUT/load.out" | tail -1 | sed 's/{200=//')
hz=$(getconf CLK_TCK)
echo "# $(date -u +%FT%TZ) $PATHX at $RATE/s, jar ${JAR:-server/target/interlink-server.jar}, load before the window: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "audit rows | commits: $($PSQL "SELECT count(*), count(DISTINCT at) FROM audit_log WHERE seq > $seq0")"
awk -v n="$n" -v hz="$hz" -v ju=$((ju1 - ju0)) -v js=$((js1 - js0)) -v pg=$((pg1 - pg0)) 'BEGIN {
  printf "%d answered; per check: JVM %.3f ms (kernel %.3f), PostgreSQL %.3f ms, total %.3f ms\n",
    n, (ju + js) * 1000 / hz / n, js * 1000 / hz / n, pg * 1000 / hz / n, (ju + js + pg) * 1000 / hz / n }'
awk -v n="$n" -v r=$((wr1 - wr0)) -v f=$((wf1 - wf0)) -v b=$((wb1 - wb0)) 'BEGIN {
  printf "WAL per check: %.1f records, %.2f full-page images, %.0f bytes\n", r / n, f / n, b / n }'
read -r gu gs < "$OUT/generator.time"
awk -v n="$n" -v gu="$gu" -v gs="$gs" 'BEGIN { printf "generator (its whole run, start-up included): %.3f ms a request (kernel %.3f)\n",
  (gu + gs) * 1000 / n, gs * 1000 / n }'
tail -1 "$OUT/load.out"
kill $S; wait $S 2>/dev/null
