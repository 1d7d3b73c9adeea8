#!/usr/bin/env bash
# The floor under a record read on this machine (issue 3): what the least implementation of "answer a record by id
# once its audit row is durable" achieves, measured like the server (same generator, same rate, same cores).
#   1. the database alone: one client, paced (DatabaseRoundTrips: SELECT 1; a durable one-row commit; the read's two
#      statements);
#   2. bare JDK HTTP server answering a constant (BareServer);
#   3. bare JDK HTTP server + the record's row by primary key, without an audit row (BareRecordServer, none);
#   4. the same + a durable one-row commit, no chain, no lock (plain);
#   5. the same + the server's own audit_append (chain).
#   6. the same, but the rows group-committed by one writer thread, one audit_append and one commit for all that
#      waited (group): what the server's AuditJournal does, without the framework;
#   7. group without the row read (journal): the floor of a screening document check, whose look-up is in memory.
# An Interlink server is started first, on a fresh demo database (100,000 documents) or on WORK's data, only for its
# PostgreSQL; it stays idle while the floors run.
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [WORK=/path/with/data] [STEPS="database http none plain chain group journal"]
#        bench/scripts/read-floor.sh [rate=500]
# Needs: ./mvnw -q -DskipTests package
set -u
RATE=${1:-500}
STEPS=" ${STEPS:-database http none plain chain group journal} "
PORT=18091; DBPORT=54397; BARE=18098
DIR=$(mktemp -d)
cp server/target/interlink-server.jar bench/target/benchmarks.jar "$DIR/"
DATA=${WORK:+$WORK/data}; DATA=${DATA:-$DIR}
JAVA="$JAVA_HOME/bin/java"
OUT=bench/results/read-floor-$(date -u +%Y%m%dT%H%M%SZ).txt
URL="jdbc:postgresql://localhost:$DBPORT/postgres?user=postgres"
LOAD="taskset -c 1 $JAVA @$PWD/bench/load-jvm.options -cp $DIR/benchmarks.jar org.interlink.bench.load.RecordReadLoad
  --client ncb-de --kind documents --ids 5000 --rate $RATE --warmup 30 --duration 60"
{
echo "# read floor $(date -u +%FT%TZ) on $(nproc) cores, $(uname -r); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# command: ${WORK:+WORK=$WORK }bench/scripts/read-floor.sh $RATE (commit $(git rev-parse --short HEAD 2>/dev/null))"
taskset -c 0,1 "$JAVA" -Xms2g -Xmx2g @"$PWD/server/jvm.options" -jar "$DIR/interlink-server.jar" --interlink.data-dir="$DATA" \
  --server.port=$PORT --interlink.database.port=$DBPORT > "$DIR/server.log" 2>&1 &
SERVER=$!
until grep -qs "Matching warmed up" "$DIR/server.log"; do sleep 1; done
if [ -z "${WORK:-}" ]; then until grep -qs "Demo records seeded" "$DIR/server.log"; do sleep 1; done; fi
echo "# steps:$STEPS"
if [[ $STEPS == *" database "* ]]; then
echo "## 1. the database alone, one client at $RATE/s"
taskset -c 1 "$JAVA" -cp "$DIR/benchmarks.jar" org.interlink.bench.load.DatabaseRoundTrips "$URL" $((RATE * 20)) "$RATE"
fi
if [[ $STEPS == *" http "* ]]; then
echo "## 2. bare HTTP server, a constant answer"
taskset -c 0,1 "$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -cp "$DIR/benchmarks.jar" org.interlink.bench.load.BareServer $BARE > /dev/null &
B=$!; sleep 1
echo '{}' > "$DIR/empty.ndjson"
taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$DIR/benchmarks.jar" org.interlink.bench.load.LoadGenerator \
  --base http://localhost:$BARE --path /api/v1/documents --bodies "$DIR/empty.ndjson" --rate "$RATE" --warmup 30 \
  --duration 60 | grep -E '^requests' | tail -1
kill $B; wait $B 2>/dev/null
fi
for mode in none plain chain group journal; do
  [[ $STEPS == *" $mode "* ]] || continue
  echo "## bare record server, audit row: $mode"
  taskset -c 0,1 "$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -Dinterlink.bench.bare-audit=$mode -cp "$DIR/benchmarks.jar" \
    org.interlink.bench.load.BareRecordServer $BARE "$URL" > /dev/null &
  B=$!; sleep 1
  $LOAD --base http://localhost:$BARE | grep -E '^requests' | tail -1
  kill $B; wait $B 2>/dev/null
done
kill $SERVER; wait $SERVER 2>/dev/null
} 2>&1 | tee "$OUT"
rm -rf "$DIR"
