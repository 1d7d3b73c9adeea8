#!/usr/bin/env bash
# Load shedding (issue "Security that holds under attack", part 5): a burst of BATCHES passenger lists of 50
# travellers, sent open-loop within one second (so about BATCHES are in flight at once), while document checks arrive
# at DOC_RATE/s before, during and after it. Targets: every list answered within 1 s (a result or a 503), document
# checks p99 <= 50 ms, the heap flat (its size after the run beside the limit server/jvm.options gives it).
#
# The server starts with server/jvm.options and no -Xmx (the default heap limit is part of what is measured) on
# demo data in a fresh data directory; checks and lists use made-up names and numbers (misses: the cost of a list is
# its name matching, which a miss pays in full).
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [BATCHES=2000] [DOC_RATE=200] [SERVER_CPUS=0,1] [JAR=…]
#        bench/scripts/shedding.sh           (JAR: another build to compare, e.g. the baseline before a change)
# Needs: ./mvnw -q -DskipTests package (server/target/interlink-server.jar, bench/target/benchmarks.jar), curl.
set -euo pipefail
BATCHES=${BATCHES:-2000}
DOC_RATE=${DOC_RATE:-200}
PORT=18083; DBPORT=54397; BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
W=$(mktemp -d)
cp "${JAR:-server/target/interlink-server.jar}" "$W/server.jar"
cp bench/target/benchmarks.jar "$W/benchmarks.jar"

# 1,000 document checks and 100 lists of 50 travellers, all distinct
awk 'BEGIN { for (i = 0; i < 1000; i++) printf "{\"number\":\"X%08d\",\"issuingCountry\":\"FRA\"}\n", i }' > "$W/documents.ndjson"
awk 'BEGIN { split("Anna Boris Chen Dmitri Elif Farid Greta Hiro Ines Jonas", first, " ");
             split("Novak Petrov Tanaka Yilmaz Haddad Silva Berg Kowalski Murphy Rossi", last, " ");
             for (l = 0; l < 100; l++) { printf "{\"travellers\":[";
               for (t = 0; t < 50; t++) { n = l * 50 + t;
                 printf "%s{\"ref\":\"p%d\",\"name\":\"%s %s %d\",\"dateOfBirth\":\"19%02d-0%d-1%d\",\"nationality\":\"DEU\",\"document\":{\"number\":\"Y%08d\",\"issuingCountry\":\"DEU\"}}",
                   (t ? "," : ""), n, first[n % 10 + 1], last[int(n / 10) % 10 + 1], n, 40 + n % 60, 1 + n % 9, n % 10, n }
               printf "]}\n" } }' > "$W/lists.ndjson"

echo "# shedding $(date -u +%FT%TZ), $BATCHES lists of 50 in 1 s, document checks at $DOC_RATE/s, jar ${JAR:-server/target/interlink-server.jar} (worktree at $(git rev-parse --short HEAD)); $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c "${SERVER_CPUS:-0,1}" "$JAVA" @"$PWD/server/jvm.options" -Xlog:gc:file="$W/gc.log" -jar "$W/server.jar" \
  --server.port=$PORT --interlink.data-dir="$W/data" --interlink.database.port=$DBPORT > "$W/server.log" 2>&1 &
S=$!
trap 'kill $S 2>/dev/null || true; wait $S 2>/dev/null || true' EXIT
until curl -sf $BASE/actuator/health > /dev/null; do sleep 2; done
SPID=$(pgrep -f "server.port=$PORT" | head -1)
heap() { "$JAVA_HOME/bin/jcmd" "$SPID" GC.heap_info | grep -iE "garbage-first heap|total" | head -1; }
echo "heap at start: $(heap)"
gen() { "$JAVA" -cp "$W/benchmarks.jar" org.interlink.bench.load.LoadGenerator --base $BASE "$@"; }

# document checks: a 10 s warm-up, then 30 s measured; the burst of lists falls inside the measured 30 s
gen --path /api/v1/screening/documents --bodies "$W/documents.ndjson" --rate "$DOC_RATE" --warmup 10 --duration 30 \
  > "$W/documents.txt" 2>&1 &
D=$!
sleep 20
# the lists: all due within one second, one connection each
gen --path /api/v1/screening/batch --bodies "$W/lists.ndjson" --rate "$BATCHES" --warmup 1 --duration 1 \
  --connections "$BATCHES" > "$W/lists.txt" 2>&1
wait $D
echo "lists (ramp, then the measured second):"; grep -E "requests " "$W/lists.txt"
echo "document checks (warm-up, then the measured 30 s with the lists inside):"; grep -E "requests " "$W/documents.txt"
echo "heap at end: $(heap)"
echo "503s at the door: $(curl -s $BASE/actuator/metrics/interlink.admission.rejected | grep -o '"value":[0-9.E]*')"
rm -rf "$W"
