#!/usr/bin/env bash
# Hash-bank lookups under load (issue 24): the packaged platform (demo data), one bank of ENTRIES random PDQ hashes
# added through the API, then an open-loop load of single-signal PDQ lookups (POST /api/v1/content/lookups, bearer
# token, audit journal, hits) at RATE/s, and as a baseline in the same run the document check
# (POST /api/v1/screening/documents) at the same rate. Server on core 0, load generator on core 1.
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/content-load.sh [ENTRIES] [RATE] [SECONDS]
# Needs: ./mvnw -q -DskipTests package (server/target/interlink-server.jar, bench/target/benchmarks.jar), curl, python3.
set -euo pipefail
ENTRIES=${1:-10000}
RATE=${2:-4000}
SECONDS_MEASURED=${3:-60}
WORK=${WORK:-$(mktemp -d)}
PORT=18083
DBPORT=54398
BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
echo "work directory: $WORK"
cp server/target/interlink-server.jar "$WORK/interlink-server.jar"
cp bench/target/benchmarks.jar "$WORK/benchmarks.jar"

taskset -c "${SERVER_CPUS:-0}" $JAVA -Xms2g -Xmx2g @$PWD/server/jvm.options -jar "$WORK/interlink-server.jar" \
  --server.port=$PORT --interlink.data-dir="$WORK/data" --interlink.database.port=$DBPORT \
  --interlink.screening.warm-up=0s > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf $BASE/actuator/health > /dev/null; do sleep 1; done
token() { curl -s -u "$1:demo" -d grant_type=client_credentials $BASE/oauth2/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
DE=$(token ncb-de)

# The bank and its entries, and the lookup bodies: half near-duplicates of entries (a few bits flipped), half random.
python3 - "$BASE" "$DE" "$ENTRIES" "$WORK" <<'PY'
import json, random, sys, urllib.request
base, token, n, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def post(path, body):
    req = urllib.request.Request(base + path, json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
bank = post("/api/v1/content/banks", {"name": "load bank %d" % random.randrange(1 << 30)})["id"]
rng = random.Random(24)
hashes = []
for i in range(n):
    h = rng.getrandbits(256)
    hashes.append(h)
    post("/api/v1/content/banks/%s/entries" % bank, {"signalType": "pdq", "signal": "%064x" % h})
with open(work + "/lookups.ndjson", "w") as out:
    for i in range(20000):
        if i % 2 == 0:
            h = hashes[rng.randrange(n)]
            for _ in range(rng.randrange(20)):
                h ^= 1 << rng.randrange(256)
        else:
            h = rng.getrandbits(256)
        out.write(json.dumps({"signals": [{"signalType": "pdq", "signal": "%064x" % h}]}) + "\n")
with open(work + "/documents.ndjson", "w") as out:
    for i in range(20000):
        out.write(json.dumps({"number": "X%08d" % rng.randrange(10**8), "issuingCountry": "D"}) + "\n")
print("bank", bank, "with", n, "entries")
PY

LOAD="taskset -c 1 $JAVA @$PWD/bench/load-jvm.options -cp $WORK/benchmarks.jar org.interlink.bench.load.LoadGenerator --base $BASE --client ncb-fr --secret demo"
echo "== PDQ lookups at $RATE/s"
$LOAD --path /api/v1/content/lookups --bodies "$WORK/lookups.ndjson" --rate "$RATE" --warmup 30 --duration "$SECONDS_MEASURED" | tee "$WORK/load.out"
echo "== baseline: document checks at $RATE/s"
$LOAD --path /api/v1/screening/documents --bodies "$WORK/documents.ndjson" --rate "$RATE" --warmup 30 --duration "$SECONDS_MEASURED" | tee -a "$WORK/load.out"
ps -o rss= -p $SERVER | awk '{printf "server JVM RSS: %d MB\n", $1/1024}'
