#!/usr/bin/env bash
# The cyber check index in memory (issue 23): heap per indicator and the thread CPU time of a check of 1 value and of a
# list of 10,000 values against INDICATORS indicators (IPv4 with CIDR ranges, domains, URLs, SHA-256 hashes), p50/p99.
# The harness, org.interlink.cyber.CheckIndexCpu, lives in the server's test sources beside the package-private index
# it measures, so it runs on the server's test classpath (one JVM, one core).
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/cyber-index-cpu.sh [INDICATORS] [SINGLES] [LISTS]
# Compiles the server and its tests first, and takes their classpath from Maven (matching from its target/classes).
set -euo pipefail
WORK=${WORK:-$(mktemp -d)}
./mvnw -B -ntp -o -q -pl server -am -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" > "$WORK/maven.log"
taskset -c "${CPUS:-0}" "$JAVA_HOME/bin/java" -Xms${HEAP:-4g} -Xmx${HEAP:-4g} -XX:+UseG1GC \
  -cp "server/target/test-classes:server/target/classes:$(cat "$WORK/cp.txt")" \
  org.interlink.cyber.CheckIndexCpu "${1:-1000000}" "${2:-20000}" "${3:-30}"
