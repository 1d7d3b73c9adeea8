#!/usr/bin/env bash
# The load generator's own CPU per request in steady state: the bare JDK HTTP server (BareServer, a constant answer) on
# core 0, the generator on core 1 at RATE for 30 s after a 10 s warm-up, and the generator's user + system ticks from
# /proc over 20 s of the steady part (15–35 s after its start) divided by the requests sent in them. Every CPU
# millisecond the generator spends is taken from the server it measures (they share this 2-core VM), so a generator
# change is compared here first.
# BENCH names another generator jar (e.g. one built from an older commit) to compare side by side.
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [BENCH=…benchmarks.jar] [BODIES=file.ndjson]
#        bench/scripts/generator-cpu.sh [rate=2000]
# Needs: ./mvnw -q -DskipTests package
set -u
RATE=${1:-2000}; PORT=18099
JAVA="$JAVA_HOME/bin/java"
DIR=$(mktemp -d)
cp "${BENCH:-bench/target/benchmarks.jar}" "$DIR/bench.jar"
BODIES=${BODIES:-$DIR/empty.ndjson}; echo '{}' > "$DIR/empty.ndjson"
taskset -c 0 "$JAVA" -cp "$DIR/bench.jar" org.interlink.bench.load.BareServer $PORT > "$DIR/bare.log" 2>&1 &
B=$!; sleep 2
taskset -c 1 "$JAVA" @"$PWD/bench/load-jvm.options" -cp "$DIR/bench.jar" org.interlink.bench.load.LoadGenerator \
  --base http://localhost:$PORT --client x --secret y --path /x --bodies "$BODIES" --rate "$RATE" --warmup 10 \
  --duration 30 > "$DIR/load.out" 2>&1 &
G=$!
sleep 15; read -r u0 s0 < <(awk '{print $14, $15}' /proc/$G/stat)
sleep 20; read -r u1 s1 < <(awk '{print $14, $15}' /proc/$G/stat)
wait $G
echo "# $(date -u +%FT%TZ) generator ${BENCH:-bench/target/benchmarks.jar} at $RATE/s against BareServer, bodies $BODIES"
awk -v u=$((u1 - u0)) -v s=$((s1 - s0)) -v r="$RATE" -v hz="$(getconf CLK_TCK)" 'BEGIN {
  printf "generator, steady 20 s: %.3f ms of CPU a request (kernel %.3f)\n", (u + s) * 1000 / hz / (20 * r), s * 1000 / hz / (20 * r) }'
grep -E '^requests' "$DIR/load.out" | tail -1
kill $B; wait $B 2>/dev/null
rm -rf "$DIR"
