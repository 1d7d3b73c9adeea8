#!/usr/bin/env bash
# Wrong secrets (issue "Security that holds under attack", "Measure"): document checks at DOC_RATE/s on an idle server,
# then the same checks while SENDERS clients send wrong client secrets to /oauth2/token as fast as they are answered;
# target: the checks' p50 under attack within 2x of idle. Both phases run in one generator against one server, so the
# idle phase is the baseline (bench/.../load/WrongSecretLoad).
#
# All senders come from this host, one address: the per-address limit of /oauth2/token answers most of them with 429.
# ADDRESSES=many lifts that limit on the server, as if each sender had an address of its own (the per-client limits
# and the lockout still hold).
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [SENDERS=16] [DOC_RATE=200] [ADDRESSES=one|many]
#        [SERVER_CPUS=0] [LOAD_CPUS=1] [JAR=…] bench/scripts/wrong-secrets.sh
# Needs: ./mvnw -q -DskipTests package (server/target/interlink-server.jar, bench/target/benchmarks.jar), curl.
set -euo pipefail
SENDERS=${SENDERS:-16}
DOC_RATE=${DOC_RATE:-200}
ADDRESSES=${ADDRESSES:-one}
PORT=18084; DBPORT=54398; BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
W=$(mktemp -d)
cp "${JAR:-server/target/interlink-server.jar}" "$W/server.jar"
cp bench/target/benchmarks.jar "$W/benchmarks.jar"
awk 'BEGIN { for (i = 0; i < 1000; i++) printf "{\"number\":\"X%08d\",\"issuingCountry\":\"FRA\"}\n", i }' > "$W/documents.ndjson"
LIMITS=()
if [ "$ADDRESSES" = many ]; then
  LIMITS=(--interlink.token-endpoint.address-burst=1000000000 --interlink.token-endpoint.address-per-minute=1000000000)
fi

echo "# wrong secrets $(date -u +%FT%TZ), $SENDERS senders from $ADDRESSES address(es), document checks at $DOC_RATE/s, jar ${JAR:-server/target/interlink-server.jar} (worktree at $(git rev-parse --short HEAD)); server on cpus ${SERVER_CPUS:-0}, generator on ${LOAD_CPUS:-1}; $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c "${SERVER_CPUS:-0}" "$JAVA" @"$PWD/server/jvm.options" -jar "$W/server.jar" \
  --server.port=$PORT --interlink.data-dir="$W/data" --interlink.database.port=$DBPORT "${LIMITS[@]}" > "$W/server.log" 2>&1 &
S=$!
trap 'kill $S 2>/dev/null || true; wait $S 2>/dev/null || true; rm -rf "$W"' EXIT
until curl -sf $BASE/actuator/health > /dev/null; do sleep 2; done
hashes() { curl -s $BASE/actuator/prometheus | awk '/^interlink_password_comparisons/ { s += $2 } END { print s + 0 }'; }
BEFORE=$(hashes)
taskset -c "${LOAD_CPUS:-1}" "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$W/benchmarks.jar" \
  org.interlink.bench.load.WrongSecretLoad --base $BASE --bodies "$W/documents.ndjson" --rate "$DOC_RATE" \
  --warmup 20 --duration 30 --senders "$SENDERS"
echo "bcrypt comparisons on the server during the run: $(( $(hashes) - BEFORE ))"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
