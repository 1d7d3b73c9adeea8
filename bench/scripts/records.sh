#!/usr/bin/env bash
# Records performance: import of N travel documents (NDJSON, streamed) and reading one record by id at a paced rate.
# The server (and its embedded PostgreSQL) run on core 0, the load on core 1, as ../shared/design/BENCHMARKS.md says.
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/records.sh [count=1000000] [rate=500]
# The read runs are open loop (requests leave when due): past the server's capacity the queue grows without bound,
# so probe a lower rate first on a busy machine.
# Needs: ./mvnw -q -pl server,bench -am package -DskipTests
set -u
COUNT=${1:-1000000}
RATE=${2:-500}
PORT=18090
DIR=$(mktemp -d)
# Run from copies: a rebuild of the working tree must not swap the jar under a running server.
cp server/target/interlink-server.jar bench/target/benchmarks.jar "$DIR/"
JAR=$DIR/interlink-server.jar
BENCH=$DIR/benchmarks.jar
# SERVER_CPUS=0,1 gives the server both cores (the load generator then shares core 1); SERVER_OPTS adds JVM options.
# SERVER_HEAP (default 2g): screening keeps every imported document in its watchlist (1.1 M here); in 1 GB the
# collector ran young collections of 34 ms median back to back and they made the read tail (2026-11-30).
SERVER_CPUS=${SERVER_CPUS:-0}
# By default the server's JVM options (server/jvm.options: G1 named, survivors promoted at once, no class unloading
# in the remark pause; the reasons are in that file). SERVER_OPTS replaces them.
SERVER_OPTS=${SERVER_OPTS:-@$PWD/server/jvm.options}
OUT=bench/results/records-$(date -u +%Y%m%dT%H%M%SZ).txt
JAVA="$JAVA_HOME/bin/java"
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
pg_pss_mb() {
  local pm; pm=$(head -1 "$DIR/postgres/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  local t; t=$(pss_kb "$pm"); for c in $(pgrep -P "$pm"); do t=$((t + $(pss_kb "$c"))); done; echo $((t / 1024))
}
{
echo "# records bench $(date -u +%FT%TZ) on $(nproc) cores, $(uname -r); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# command: SERVER_CPUS=$SERVER_CPUS SERVER_OPTS='$SERVER_OPTS' SERVER_HEAP=${SERVER_HEAP:-2g} bench/scripts/records.sh $COUNT $RATE (commit $(git rev-parse --short HEAD 2>/dev/null))"
taskset -c "$SERVER_CPUS" "$JAVA" -Xms${SERVER_HEAP:-2g} -Xmx${SERVER_HEAP:-2g} $SERVER_OPTS -Xlog:gc:file="$DIR/gc.log" -jar "$JAR" --interlink.data-dir="$DIR" --server.port=$PORT --interlink.database.port=0 \
  > /tmp/interlink-records-bench.log 2>&1 &
SERVER=$!
until curl -sf localhost:$PORT/actuator/health > /dev/null; do sleep 0.5; done
# demo data is seeded after the server answers: wait for it
until grep -q "Demo records seeded" /tmp/interlink-records-bench.log; do sleep 1; done
grep "Demo records seeded" /tmp/interlink-records-bench.log
echo "after start: JVM RSS $(( $(ps -o rss= -p $SERVER) / 1024 )) MB, PostgreSQL PSS $(pg_pss_mb) MB"
( while kill -0 $SERVER 2>/dev/null; do echo "$(date +%s) $(( $(ps -o rss= -p $SERVER) / 1024 )) $(pg_pss_mb)"; sleep 2; done ) \
  > /tmp/interlink-records-rss.txt &
SAMPLER=$!
echo "## import of $COUNT documents (first time: all new)"
taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$BENCH" org.interlink.bench.load.DocumentImportLoad --base http://localhost:$PORT \
  --client ncb-fr --icao FRA --count "$COUNT"
echo "## the same import again (every line unchanged)"
taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$BENCH" org.interlink.bench.load.DocumentImportLoad --base http://localhost:$PORT \
  --client ncb-fr --icao FRA --count "$COUNT"
kill $SAMPLER
echo "memory during the imports (JVM RSS MB, PostgreSQL PSS MB): min/max"
awk '{ if (min=="" || $2<min) min=$2; if ($2>max) max=$2; if (pmin=="" || $3<pmin) pmin=$3; if ($3>pmax) pmax=$3 }
     END { printf "JVM RSS %d–%d MB; PostgreSQL PSS %d–%d MB; %d samples\n", min, max, pmin, pmax, NR }' /tmp/interlink-records-rss.txt
echo "## read one document by id, paced at $RATE/s (ncb-de: reads FR's documents through the access policy)"
taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$BENCH" org.interlink.bench.load.RecordReadLoad --base http://localhost:$PORT \
  --client ncb-de --kind documents --ids 5000 --rate "$RATE" --warmup 60 --duration 60
echo "## read one document by id, paced at $((RATE / 2))/s"
taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$BENCH" org.interlink.bench.load.RecordReadLoad --base http://localhost:$PORT \
  --client ncb-de --kind documents --ids 5000 --rate $((RATE / 2)) --warmup 10 --duration 60
echo "after: JVM RSS $(( $(ps -o rss= -p $SERVER) / 1024 )) MB, PostgreSQL PSS $(pg_pss_mb) MB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "GC pauses (ms): $(grep Pause "$DIR/gc.log" | grep -oE '[0-9.]+ms$' | tr -d ms | sort -n | awk '{a[NR]=$1} END {if (NR) printf "%d pauses, median %.1f, max %.1f", NR, a[int((NR+1)/2)], a[NR]}')"
kill $SERVER; wait $SERVER 2>/dev/null
} 2>&1 | tee "$OUT"
rm -rf "$DIR"
