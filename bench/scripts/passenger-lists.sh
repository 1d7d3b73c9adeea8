#!/usr/bin/env bash
# Passenger lists (issue 5: "a 300-traveller passenger list in <= 1 s"): LISTS lists of 300 travellers, each with a
# name and a travel document taken in order from the checks screening-load.sh prepared (a tenth of them hits), sent to
# POST /api/v1/screening/batch by curl one after the other, twice over, on a freshly started server, so the first
# list is the first after a start. Each answer is checked to hold one result per traveller.
#
# Usage: WORK=/path/prepared/by/screening-load.sh JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [LISTS=6] [JAR=…]
#        [SERVER_CPUS=0,1] [SERVER_OPTS=…] bench/scripts/passenger-lists.sh
set -euo pipefail
W=${WORK:?data prepared by screening-load.sh PHASE=prepare}
LISTS=${LISTS:-6}
PORT=18081; DBPORT=54399; BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
OUT=$(mktemp -d)
cp "${JAR:-server/target/interlink-server.jar}" "$OUT/server.jar"
for i in $(seq 0 $((LISTS - 1))); do
  from=$((i * 300 + 1)); to=$((i * 300 + 300))
  paste -d '\t' <(sed -n "${from},${to}p" "$W/person-checks.ndjson") <(sed -n "${from},${to}p" "$W/document-checks.ndjson") |
    awk -F '\t' -v base=$((i * 300)) 'BEGIN { printf "{\"travellers\":[" }
      { name = $1; sub(/^\{/, "", name); sub(/\}$/, "", name)
        printf "%s{\"ref\":\"pax-%d\",%s,\"document\":%s}", (NR > 1 ? "," : ""), base + NR - 1, name, $2 }
      END { printf "]}" }' > "$OUT/list-$i.json"
done
echo "# passenger lists $(date -u +%FT%TZ), $LISTS lists of 300, jar ${JAR:-server/target/interlink-server.jar} (commit $(git rev-parse --short HEAD 2>/dev/null)); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c "${SERVER_CPUS:-0,1}" "$JAVA" -Xms10g -Xmx10g ${SERVER_OPTS:-@$PWD/server/jvm.options} -jar "$OUT/server.jar" \
  --server.port=$PORT --interlink.data-dir="$W/data" --interlink.database.port=$DBPORT \
  --interlink.screening.expected-documents=$(($(wc -l < "$W/documents.ndjson") + 200000)) > "$OUT/server.log" 2>&1 &
S=$!
until grep -qs "Matching warmed up" "$OUT/server.log"; do sleep 2; done
grep -oE "(Watchlist built|Matching warmed up).*" "$OUT/server.log"
T=$(curl -s -u ncb-de:demo -d grant_type=client_credentials $BASE/oauth2/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
for round in 1 2; do
  for i in $(seq 0 $((LISTS - 1))); do
    curl -s -o "$OUT/answer.json" -w "round $round list $i: HTTP %{http_code} in %{time_total} s" \
      -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -H 'X-Purpose: border check' \
      --data-binary @"$OUT/list-$i.json" $BASE/api/v1/screening/batch
    echo ", $(grep -o '"ref":"pax-[0-9]*"' "$OUT/answer.json" | sort -u | wc -l) travellers answered"
  done
done
kill $S; wait $S 2>/dev/null || true
rm -rf "$OUT"
